package vn.libnet.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * What a MARC validation run found, aggregated with bounded memory: totals, counts per issue code and
 * per field, and the records with the most errors.
 */
final class MarcReport {
  /** One record's outcome, kept only for the worst records. */
  record RecordOutcome(String file, int number, String controlNumber, int errors, int warnings, List<ValidationIssue> issues) {}

  static final int WORST = 20;

  int records;
  int valid;
  final Map<String, int[]> byCode = new TreeMap<>();
  final Map<String, Integer> byField = new TreeMap<>();
  final Map<String, Severity> severityOf = new TreeMap<>();
  private final PriorityQueue<RecordOutcome> worst =
      new PriorityQueue<>(Comparator.comparingInt(RecordOutcome::errors).thenComparingInt(RecordOutcome::warnings));

  void add(String file, int number, String controlNumber, List<ValidationIssue> issues) {
    records++;
    int errors = 0;
    int warnings = 0;
    for (ValidationIssue i : issues) {
      byCode.computeIfAbsent(i.code(), k -> new int[1])[0]++;
      severityOf.put(i.code(), i.severity());
      String field = fieldOf(i.path());
      if (!field.isEmpty()) {
        byField.merge(field, 1, Integer::sum);
      }
      errors += i.severity() == Severity.ERROR ? 1 : 0;
      warnings += i.severity() == Severity.WARNING ? 1 : 0;
    }
    if (errors == 0) {
      valid++;
    }
    if (errors + warnings > 0) {
      worst.add(new RecordOutcome(file, number, controlNumber, errors, warnings, issues));
      if (worst.size() > WORST) {
        worst.poll();
      }
    }
  }

  int invalid() {
    return records - valid;
  }

  /** The worst records, most errors first. */
  List<RecordOutcome> worst() {
    List<RecordOutcome> list = new ArrayList<>(worst);
    list.sort(Comparator.comparingInt(RecordOutcome::errors).thenComparingInt(RecordOutcome::warnings).reversed());
    return list;
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
