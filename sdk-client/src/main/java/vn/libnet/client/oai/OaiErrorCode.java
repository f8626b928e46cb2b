package vn.libnet.client.oai;

/**
 * The error codes of OAI-PMH 2.0 (§3.6), and {@link #UNKNOWN} for a code the specification does not
 * define (a repository's own).
 */
public enum OaiErrorCode {
  /** Illegal or missing arguments, or an argument repeated. */
  BAD_ARGUMENT("badArgument"),
  /** The resumption token is invalid or expired: restart the list without it. */
  BAD_RESUMPTION_TOKEN("badResumptionToken"),
  /** The verb is missing, repeated or not an OAI-PMH verb. */
  BAD_VERB("badVerb"),
  /** The metadata format is not supported by the item or the repository. */
  CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
  /** The identifier is unknown or illegal in this repository. */
  ID_DOES_NOT_EXIST("idDoesNotExist"),
  /** The arguments select no records; the harvester answers it with an empty stream. */
  NO_RECORDS_MATCH("noRecordsMatch"),
  /** The item has no metadata formats. */
  NO_METADATA_FORMATS("noMetadataFormats"),
  /** The repository does not support sets. */
  NO_SET_HIERARCHY("noSetHierarchy"),
  /** A code that OAI-PMH 2.0 does not define. */
  UNKNOWN("");

  private final String code;

  OaiErrorCode(String code) {
    this.code = code;
  }

  /** The code as written in the protocol, e.g. {@code badArgument}; empty for {@link #UNKNOWN}. */
  public String protocolCode() {
    return code;
  }

  /** The constant for a protocol code (exact case); {@link #UNKNOWN} for null or any other text. */
  public static OaiErrorCode fromProtocol(String code) {
    for (OaiErrorCode c : values()) {
      if (c != UNKNOWN && c.code.equals(code)) {
        return c;
      }
    }
    return UNKNOWN;
  }
}
