package vn.libnet.core.json;

import vn.libnet.core.validation.ValidationIssue;

/**
 * One document read by {@link JsonDocuments}: either the bound model, or the issue that kept it from
 * being read.
 *
 * @param index the document's 1-based position in its file (1 for a file holding a single object)
 * @param value the bound model, or {@code null} when the document could not be read
 * @param problem {@code JSON_SYNTAX} or {@code JSON_BINDING} when the document could not be read,
 *     otherwise {@code null}
 * @param <T> the model type
 */
public record JsonDocument<T>(int index, T value, ValidationIssue problem) {
  /** Whether the document was read and bound. */
  public boolean readable() {
    return problem == null;
  }
}
