package vn.libnet.core.sru;

/**
 * The SRU protocol versions the SDK speaks, as client (sdk-client) and as responder (sdk-server). 1.1 and
 * 1.2 (Library of Congress) ask {@code
 * operation=searchRetrieve&version=1.x} and answer in {@code http://www.loc.gov/zing/srw/}, with {@code
 * recordPacking} xml or string; 2.0 (OASIS searchRetrieve) needs no operation for a search, asks the
 * escaping with {@code recordXMLEscaping} and answers in {@code
 * http://docs.oasis-open.org/ns/search-ws/sruResponse}, often as {@code application/sru+xml}.
 */
public enum SruVersion {
  /** SRU 1.1. */
  V1_1("1.1"),
  /** SRU 1.2, the version most library servers (Koha's Zebra, national libraries) answer. */
  V1_2("1.2"),
  /** SRU 2.0 (OASIS searchRetrieve Version 1.0). */
  V2_0("2.0");

  private final String protocolVersion;

  SruVersion(String protocolVersion) {
    this.protocolVersion = protocolVersion;
  }

  /** The {@code version} parameter's value, e.g. {@code 1.2}. */
  public String protocolVersion() {
    return protocolVersion;
  }

  /**
   * Whether this is one of the Library of Congress's versions (1.1, 1.2): {@code operation} and {@code
   * version} in every request, {@code recordPacking} for the escaping, the {@code zing/srw} namespace.
   */
  public boolean isLocVersion() {
    return this != V2_0;
  }

  /** The namespace of this version's responses. */
  public String responseNamespace() {
    return isLocVersion() ? "http://www.loc.gov/zing/srw/" : "http://docs.oasis-open.org/ns/search-ws/sruResponse";
  }

  /** The namespace of this version's diagnostics. */
  public String diagnosticNamespace() {
    return isLocVersion() ? "http://www.loc.gov/zing/srw/diagnostic/" : "http://docs.oasis-open.org/ns/search-ws/diagnostic";
  }

  /** The version a {@code version} value names (trimmed); null for anything else. */
  public static SruVersion fromProtocol(String version) {
    if (version != null) {
      for (SruVersion v : values()) {
        if (v.protocolVersion.equals(version.strip())) {
          return v;
        }
      }
    }
    return null;
  }
}
