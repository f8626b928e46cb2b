package vn.libnet.examples.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * What a MARC validation run found, aggregated with bounded memory: totals and counts per issue code and
 * per field. The records themselves are written out by the report as they are read, never kept here.
 */
final class MarcReport {
  int records;
  int valid;
  final Map<String, int[]> byCode = new TreeMap<>();
  final Map<String, Integer> byField = new TreeMap<>();
  final Map<String, Severity> severityOf = new TreeMap<>();

  void add(String file, int number, String controlNumber, List<ValidationIssue> issues) {
    records++;
    int errors = 0;
    for (ValidationIssue i : issues) {
      byCode.computeIfAbsent(i.code(), k -> new int[1])[0]++;
      severityOf.put(i.code(), i.severity());
      String field = fieldOf(i.path());
      if (!field.isEmpty()) {
        byField.merge(field, 1, Integer::sum);
      }
      errors += i.severity() == Severity.ERROR ? 1 : 0;
    }
    if (errors == 0) {
      valid++;
    }
  }

  int invalid() {
    return records - valid;
  }

  // "245$a" -> "245", "leader/06" -> "leader", "008/22" -> "008"
  static String fieldOf(String path) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    int cut = path.length();
    for (char c : new char[] {'$', '/'}) {
      int i = path.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    return path.substring(0, cut);
  }
}
