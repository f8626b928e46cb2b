package vn.libnet.client.sru;

import java.util.List;
import vn.libnet.client.ClientFailure;

/**
 * The SRU server answered a request with a fatal diagnostic (code {@link ClientFailure#CLIENT_SRU_DIAGNOSTIC}):
 * no records came, or a page of a result set came without its records. {@link #diagnostic()} is the first
 * diagnostic, {@link #diagnostics()} all of them; {@link SruDiagnostic#code()} says which (an unsupported
 * index, a query syntax error, too many records...). Records already handed out by a stream were the
 * server's; the stream stops here.
 */
public final class SruDiagnosticException extends SruException {
  private static final long serialVersionUID = 1L;

  private final List<SruDiagnostic> diagnostics;

  SruDiagnosticException(String url, List<SruDiagnostic> diagnostics) {
    super(ClientFailure.CLIENT_SRU_DIAGNOSTIC, "CLIENT_SRU_DIAGNOSTIC", null, url, diagnostics.get(0).uri(),
        diagnostics.get(0).message(), diagnostics.get(0).details());
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The first diagnostic. */
  public SruDiagnostic diagnostic() {
    return diagnostics.get(0);
  }

  /** Every diagnostic of the answer, in order; never empty. */
  public List<SruDiagnostic> diagnostics() {
    return diagnostics;
  }
}
