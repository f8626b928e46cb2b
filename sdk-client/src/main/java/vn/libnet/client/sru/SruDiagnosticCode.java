package vn.libnet.client.sru;

/**
 * The common diagnostics of the SRU diagnostics list ({@code info:srw/diagnostic/1/N}), and {@link #OTHER}
 * for any other number or a diagnostic of another list.
 */
public enum SruDiagnosticCode {
  /** 1: general system error. */
  GENERAL_SYSTEM_ERROR(1),
  /** 2: system temporarily unavailable. */
  SYSTEM_TEMPORARILY_UNAVAILABLE(2),
  /** 3: authentication error. */
  AUTHENTICATION_ERROR(3),
  /** 4: unsupported operation. */
  UNSUPPORTED_OPERATION(4),
  /** 5: unsupported version. */
  UNSUPPORTED_VERSION(5),
  /** 6: unsupported parameter value. */
  UNSUPPORTED_PARAMETER_VALUE(6),
  /** 7: mandatory parameter not supplied. */
  MANDATORY_PARAMETER_MISSING(7),
  /** 8: unsupported parameter. */
  UNSUPPORTED_PARAMETER(8),
  /** 10: query syntax error. */
  QUERY_SYNTAX_ERROR(10),
  /** 15: unsupported context set. */
  UNSUPPORTED_CONTEXT_SET(15),
  /** 16: unsupported index. */
  UNSUPPORTED_INDEX(16),
  /** 19: unsupported relation. */
  UNSUPPORTED_RELATION(19),
  /** 20: unsupported relation modifier. */
  UNSUPPORTED_RELATION_MODIFIER(20),
  /** 27: empty term unsupported. */
  EMPTY_TERM_UNSUPPORTED(27),
  /** 37: unsupported boolean operator. */
  UNSUPPORTED_BOOLEAN_OPERATOR(37),
  /** 60: result set not created, too many matching records. */
  TOO_MANY_RECORDS(60),
  /** 61: first record position out of range. */
  FIRST_RECORD_OUT_OF_RANGE(61),
  /** 63: system error in retrieving records (a surrogate diagnostic; YAZ and Zebra send it when a conversion fails). */
  SYSTEM_ERROR_IN_RETRIEVING_RECORDS(63),
  /** 64: record temporarily unavailable (a surrogate diagnostic). */
  RECORD_TEMPORARILY_UNAVAILABLE(64),
  /** 65: record does not exist. */
  RECORD_DOES_NOT_EXIST(65),
  /** 66: unknown schema for retrieval. */
  UNKNOWN_SCHEMA(66),
  /** 67: record not available in this schema. */
  RECORD_NOT_AVAILABLE_IN_SCHEMA(67),
  /** 68: not authorised to send record. */
  NOT_AUTHORISED_TO_SEND_RECORD(68),
  /** 69: not authorised to send record in this schema. */
  NOT_AUTHORISED_IN_SCHEMA(69),
  /** 70: record too large to send. */
  RECORD_TOO_LARGE(70),
  /** 71: unsupported record packing. */
  UNSUPPORTED_RECORD_PACKING(71),
  /** 80: sort not supported. */
  SORT_NOT_SUPPORTED(80),
  /** Any other diagnostic. */
  OTHER(-1);

  /** The prefix of the SRU diagnostics list's URIs. */
  static final String LIST = "info:srw/diagnostic/1/";

  private final int number;

  SruDiagnosticCode(int number) {
    this.number = number;
  }

  /** The number in the SRU list, -1 for {@link #OTHER}. */
  public int number() {
    return number;
  }

  /** The constant for a number of the SRU list; {@link #OTHER} for any number it does not name here. */
  public static SruDiagnosticCode of(int number) {
    for (SruDiagnosticCode c : values()) {
      if (c.number == number && c != OTHER) {
        return c;
      }
    }
    return OTHER;
  }
}
