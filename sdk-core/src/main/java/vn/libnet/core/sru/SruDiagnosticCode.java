package vn.libnet.core.sru;

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
  /** 12: too many characters in query. */
  QUERY_TOO_LONG(12),
  /** 13: invalid or unsupported use of parentheses (the SDK's responder sends it for nesting beyond its bound). */
  UNSUPPORTED_PARENTHESES(13),
  /** 15: unsupported context set. */
  UNSUPPORTED_CONTEXT_SET(15),
  /** 16: unsupported index. */
  UNSUPPORTED_INDEX(16),
  /** 19: unsupported relation. */
  UNSUPPORTED_RELATION(19),
  /** 20: unsupported relation modifier. */
  UNSUPPORTED_RELATION_MODIFIER(20),
  /** 23: too many characters in term. */
  TERM_TOO_LONG(23),
  /** 27: empty term unsupported. */
  EMPTY_TERM_UNSUPPORTED(27),
  /** 28: masking character not supported. */
  MASKING_NOT_SUPPORTED(28),
  /** 37: unsupported boolean operator. */
  UNSUPPORTED_BOOLEAN_OPERATOR(37),
  /** 38: too many boolean operators in query. */
  TOO_MANY_BOOLEANS(38),
  /** 39: proximity not supported. */
  PROXIMITY_NOT_SUPPORTED(39),
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
  /** 72: XPath retrieval unsupported. */
  XPATH_UNSUPPORTED(72),
  /** 80: sort not supported. */
  SORT_NOT_SUPPORTED(80),
  /** 110: stylesheets not supported. */
  STYLESHEETS_UNSUPPORTED(110),
  /** Any other diagnostic. */
  OTHER(-1);

  /** The prefix of the SRU diagnostics list's URIs. */
  public static final String LIST = "info:srw/diagnostic/1/";

  private final int number;

  SruDiagnosticCode(int number) {
    this.number = number;
  }

  /** The number in the SRU list, -1 for {@link #OTHER}. */
  public int number() {
    return number;
  }

  /** The diagnostic's URI, {@code info:srw/diagnostic/1/N}. */
  public String uri() {
    if (this == OTHER) {
      throw new IllegalStateException("OTHER stands for any other diagnostic and has no URI of its own");
    }
    return LIST + number;
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
