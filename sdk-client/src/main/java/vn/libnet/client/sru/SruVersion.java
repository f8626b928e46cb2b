package vn.libnet.client.sru;

/**
 * The SRU protocol versions the client speaks. 1.1 and 1.2 (Library of Congress) ask {@code
 * operation=searchRetrieve&version=1.x} and answer in {@code http://www.loc.gov/zing/srw/}, with {@code
 * recordPacking} xml or string; 2.0 (OASIS searchRetrieve) needs no operation for a search, asks the
 * escaping with {@code recordXMLEscaping} and answers in {@code
 * http://docs.oasis-open.org/ns/search-ws/sruResponse}, often as {@code application/sru+xml}. The client
 * reads an answer of any of them, whichever it asked.
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

  boolean isOne() {
    return this != V2_0;
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
