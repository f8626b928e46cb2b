package vn.libnet.server.sru;

import java.util.Objects;
import vn.libnet.core.sru.SruDiagnosticCode;

/**
 * Raised by an {@link SruRecordSource} for a query it does not support as asked; {@link SruProvider}
 * answers it as the fatal diagnostic it names, with its details (the index, relation or operator at
 * fault). It never reaches a user as an exception, and so carries no message of its own beyond the
 * diagnostic: the provider writes the diagnostic's text in English and Vietnamese.
 */
public final class SruQueryRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final SruDiagnosticCode diagnostic;
  private final String details;

  /**
   * A refusal with {@code diagnostic} and its {@code details}.
   *
   * @throws IllegalArgumentException for {@link SruDiagnosticCode#OTHER}, which has no number to send
   */
  public SruQueryRefusal(SruDiagnosticCode diagnostic, String details) {
    super(Objects.requireNonNull(diagnostic, "diagnostic") + ": " + details, null, false, false);
    if (diagnostic == SruDiagnosticCode.OTHER) {
      throw new IllegalArgumentException("A refusal names a diagnostic of the SRU list");
    }
    this.diagnostic = diagnostic;
    this.details = details == null ? "" : details;
  }

  /** The diagnostic to answer. */
  public SruDiagnosticCode diagnostic() {
    return diagnostic;
  }

  /** The diagnostic's details, empty when there are none. */
  public String details() {
    return details;
  }

  /** 16: the query uses {@code index}, which the source does not have. */
  public static SruQueryRefusal unsupportedIndex(String index) {
    return new SruQueryRefusal(SruDiagnosticCode.UNSUPPORTED_INDEX, index);
  }

  /** 19: the query uses {@code relation}, which the source does not support. */
  public static SruQueryRefusal unsupportedRelation(String relation) {
    return new SruQueryRefusal(SruDiagnosticCode.UNSUPPORTED_RELATION, relation);
  }

  /** 20: the query uses the relation modifier {@code modifier}. */
  public static SruQueryRefusal unsupportedRelationModifier(String modifier) {
    return new SruQueryRefusal(SruDiagnosticCode.UNSUPPORTED_RELATION_MODIFIER, modifier);
  }

  /** 37: the query uses the boolean {@code operator} (or one of its modifiers). */
  public static SruQueryRefusal unsupportedBoolean(String operator) {
    return new SruQueryRefusal(SruDiagnosticCode.UNSUPPORTED_BOOLEAN_OPERATOR, operator);
  }

  /** 28: the term {@code term} has masking characters the source does not support. */
  public static SruQueryRefusal unsupportedMasking(String term) {
    return new SruQueryRefusal(SruDiagnosticCode.MASKING_NOT_SUPPORTED, term);
  }

  /** 80: the query has a {@code sortBy} the source cannot honour. */
  public static SruQueryRefusal unsupportedSort() {
    return new SruQueryRefusal(SruDiagnosticCode.SORT_NOT_SUPPORTED, "sortBy");
  }

  /** 4: the source does not do {@code operation} (scan, say). */
  public static SruQueryRefusal unsupportedOperation(String operation) {
    return new SruQueryRefusal(SruDiagnosticCode.UNSUPPORTED_OPERATION, operation);
  }
}
