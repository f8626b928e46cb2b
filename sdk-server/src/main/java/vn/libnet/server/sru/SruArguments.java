package vn.libnet.server.sru;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.libnet.core.sru.SruDiagnosticCode;
import vn.libnet.core.sru.SruVersion;

/**
 * A request's parameters as SRU reads them: which version answers (SRU 1.2 "Version"; a 1.x request
 * names its version, a 2.0 request may leave it out), which operation is asked, and each parameter
 * checked against those the operation has in that version. Parameters beginning {@code x-} are
 * extensions and ignored (SRU 1.2 "Extensions"); any other unknown one is diagnostic 8.
 */
final class SruArguments {
  static final String EXPLAIN = "explain";
  static final String SEARCH = "searchRetrieve";
  static final String SCAN = "scan";
  private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
  private static final Map<String, Set<String>> ONE = Map.of(
      EXPLAIN, Set.of("operation", "version", "recordPacking", "stylesheet", "extraRequestData"),
      SEARCH, Set.of("operation", "version", "query", "startRecord", "maximumRecords", "recordPacking", "recordSchema", "recordXPath",
          "resultSetTTL", "sortKeys", "stylesheet", "extraRequestData"),
      SCAN, Set.of("operation", "version", "scanClause", "responsePosition", "maximumTerms", "stylesheet", "extraRequestData"));
  private static final Map<String, Set<String>> TWO = Map.of(
      EXPLAIN, Set.of("operation", "version", "recordXMLEscaping", "recordPacking", "stylesheet", "httpAccept", "extraRequestData"),
      SEARCH, Set.of("operation", "version", "query", "queryType", "startRecord", "maximumRecords", "recordXMLEscaping", "recordPacking",
          "recordSchema", "recordXPath", "resultSetTTL", "sortKeys", "stylesheet", "renderedBy", "httpAccept", "responseType",
          "extraRequestData"),
      SCAN, Set.of("operation", "version", "scanClause", "responsePosition", "maximumTerms", "stylesheet", "httpAccept",
          "extraRequestData"));

  private static final Set<String> ONLY_TWO = Set.of("recordXMLEscaping", "queryType", "httpAccept", "renderedBy", "responseType");

  private final Map<String, List<String>> parameters;

  SruArguments(Map<String, List<String>> parameters) {
    this.parameters = parameters;
  }

  /**
   * The version that answers: the one asked when the provider speaks it, else the highest below it (SRU
   * 1.2: "less than, or preferably equal to"). Without a version, a request with {@code operation} and
   * none of the parameters only 2.0 has is read as 1.2, any other as 2.0.
   *
   * @throws SruFault 5 for a version below 1.1 or not of the form major.minor; {@link #fallback} then
   *     says which version answers the diagnostic
   */
  SruVersion version() throws SruFault {
    String v = first("version");
    if (v == null) {
      boolean twoOnly = ONLY_TWO.stream().anyMatch(parameters::containsKey);
      return first("operation") != null && !twoOnly ? SruVersion.V1_2 : SruVersion.V2_0;
    }
    Matcher m = VERSION.matcher(v.strip());
    if (!m.matches()) {
      throw new SruFault(SruDiagnosticCode.UNSUPPORTED_VERSION, "2.0");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major >= 2) {
      return SruVersion.V2_0;
    }
    if (major == 1 && minor >= 2) {
      return SruVersion.V1_2;
    }
    if (major == 1 && minor == 1) {
      return SruVersion.V1_1;
    }
    throw new SruFault(SruDiagnosticCode.UNSUPPORTED_VERSION, "1.1");
  }

  /** The version a version diagnostic is answered in: the lowest the provider speaks for an old one. */
  SruVersion fallback() {
    String v = first("version");
    return v != null && VERSION.matcher(v.strip()).matches() ? SruVersion.V1_1 : SruVersion.V1_2;
  }

  /** The operation asked: named, or (SRU 2.0, and lenient for 1.x) a query is a search, a scanClause a scan, nothing explain. */
  String operation() {
    String op = first("operation");
    if (op != null) {
      return op;
    }
    return first("query") != null ? SEARCH : first("scanClause") != null ? SCAN : EXPLAIN;
  }

  /** Every parameter is one the operation has in {@code version}, given once. */
  void check(String operation, SruVersion version) throws SruFault {
    Set<String> known = (version.isLocVersion() ? ONE : TWO).get(operation);
    for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
      String name = p.getKey();
      if (name.startsWith("x-")) {
        continue;
      }
      if (!known.contains(name)) {
        throw new SruFault(SruDiagnosticCode.UNSUPPORTED_PARAMETER, name);
      }
      if (p.getValue().size() > 1) {
        throw new SruFault(SruDiagnosticCode.UNSUPPORTED_PARAMETER_VALUE, name);
      }
    }
    if (!blank("stylesheet")) {
      throw new SruFault(SruDiagnosticCode.STYLESHEETS_UNSUPPORTED, first("stylesheet"));
    }
    if (!blank("recordXPath")) {
      throw new SruFault(SruDiagnosticCode.XPATH_UNSUPPORTED, first("recordXPath"));
    }
    if (!blank("sortKeys")) {
      // CQL's sortBy is the way to sort here; the older sortKeys parameter is not read.
      throw new SruFault(SruDiagnosticCode.SORT_NOT_SUPPORTED, "sortKeys");
    }
    String queryType = first("queryType");
    if (queryType != null && !queryType.equals("cql")) {
      throw new SruFault(SruDiagnosticCode.UNSUPPORTED_PARAMETER_VALUE, "queryType");
    }
    String renderedBy = first("renderedBy");
    if (renderedBy != null && !renderedBy.equals("client")) {
      throw new SruFault(SruDiagnosticCode.UNSUPPORTED_PARAMETER_VALUE, "renderedBy");
    }
  }

  /** The value of {@code name}, or null when absent. */
  String first(String name) {
    List<String> v = parameters.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private boolean blank(String name) {
    String v = first(name);
    return v == null || v.isBlank();
  }

  /**
   * The positive (or, with {@code zeroAllowed}, non-negative) integer {@code name}, or {@code absent} when not given.
   *
   * @throws SruFault 6 naming the parameter when it is not such a number
   */
  int integer(String name, int absent, boolean zeroAllowed) throws SruFault {
    String v = first(name);
    if (v == null) {
      return absent;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      // Larger than an int is no page a client can want.
      if (v.strip().matches("\\d{10,}")) {
        return Integer.MAX_VALUE;
      }
      throw new SruFault(SruDiagnosticCode.UNSUPPORTED_PARAMETER_VALUE, name);
    }
    if (n < 0 || n == 0 && !zeroAllowed) {
      throw new SruFault(SruDiagnosticCode.UNSUPPORTED_PARAMETER_VALUE, name);
    }
    return n;
  }

  /**
   * Whether records go as escaped strings: SRU 1.x {@code recordPacking} xml|string, 2.0 {@code
   * recordXMLEscaping} xml|string with {@code recordPacking} packed (unpacked is not written).
   *
   * @throws SruFault 71 for any other value
   */
  boolean stringPacking(SruVersion version) throws SruFault {
    String escaping = first(version.isLocVersion() ? "recordPacking" : "recordXMLEscaping");
    if (!version.isLocVersion()) {
      String packing = first("recordPacking");
      if (packing != null && !packing.equals("packed")) {
        throw new SruFault(SruDiagnosticCode.UNSUPPORTED_RECORD_PACKING, packing);
      }
    }
    if (escaping == null || escaping.equals("xml")) {
      return false;
    }
    if (escaping.equals("string")) {
      return true;
    }
    throw new SruFault(SruDiagnosticCode.UNSUPPORTED_RECORD_PACKING, escaping);
  }
}
