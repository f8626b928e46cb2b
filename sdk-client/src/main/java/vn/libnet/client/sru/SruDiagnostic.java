package vn.libnet.client.sru;

import vn.libnet.core.sru.SruDiagnosticCode;
import java.io.Serializable;
import java.util.Objects;

/**
 * A diagnostic an SRU server sent: for the whole request (fatal, raised as {@link SruDiagnosticException},
 * or non-fatal, beside the results), or in place of one record (a surrogate diagnostic, {@link
 * SruRecord#diagnostic()}). Values are as the server wrote them, trimmed; a part it left out is empty.
 *
 * @param uri the diagnostic's identifier, e.g. {@code info:srw/diagnostic/1/16}
 * @param details the server's details (often the offending index, parameter or position)
 * @param message the server's human message
 */
public record SruDiagnostic(String uri, String details, String message) implements Serializable {
  /** Checks the parts. */
  public SruDiagnostic {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(message, "message");
  }

  /** The number of a diagnostic of the SRU list ({@code info:srw/diagnostic/1/N}); -1 for any other URI. */
  public int number() {
    if (!uri.startsWith(SruDiagnosticCode.LIST)) {
      return -1;
    }
    try {
      return Integer.parseInt(uri.substring(SruDiagnosticCode.LIST.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The known diagnostic this is, {@link SruDiagnosticCode#OTHER} for an unknown number or another list. */
  public SruDiagnosticCode code() {
    return SruDiagnosticCode.of(number());
  }
}
