package vn.libnet.marc.io;

import java.util.ArrayList;
import java.util.List;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/** The issues of the record being read, and the choice between reporting and throwing. */
final class ReadContext {
  final ReadOptions options;
  final int number;
  final long offset;
  final List<ValidationIssue> issues = new ArrayList<>();

  ReadContext(ReadOptions options, int number, long offset) {
    this.options = options;
    this.number = number;
    this.offset = offset;
  }

  void report(String code, Severity severity, String path, Object... args) {
    issues.add(ValidationIssue.of(code, severity, path, options.locale(), args));
  }

  /**
   * Damage: in strict mode an exception naming record and offset; in lenient mode an issue at {@code
   * severity}, after which the caller repairs.
   */
  void damage(MarcFailure code, Severity severity, String path, long at, Object... args) {
    if (!options.lenientMode()) {
      throw new MarcReadException(code, number, at, args);
    }
    report(code.code(), severity, path, args);
  }
}
