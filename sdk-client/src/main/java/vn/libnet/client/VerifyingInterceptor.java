package vn.libnet.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.SignatureFailure;
import vn.libnet.core.signature.SignatureVerifier;

/**
 * Verifies the hub's signature and {@code Content-Digest} on every answer on the wire, against the exact
 * request sent for it (the profile binds an answer to the request's own signature, so an answer recorded
 * for another request fails here), and refuses the answer otherwise, before anything of it reaches the
 * caller. Redirects (3xx) are verified too: only a redirect the hub signed, covering its {@code Location},
 * may be followed ({@link RedirectInterceptor}); an unsigned one is a fault of the try like any other.
 *
 * <p>A verified 503's {@code Retry-After} is handed up as {@value #RETRY_AFTER}: OkHttp itself resends a
 * 503 that says {@code Retry-After: 0}, which would double the tries beyond the {@link RetryPolicy}.
 */
final class VerifyingInterceptor implements Interceptor {
  /** Where a verified answer's {@code Retry-After} travels up to {@link RetryInterceptor}. */
  static final String RETRY_AFTER = "Libnet-Verified-Retry-After";

  private final SignatureVerifier verifier;

  VerifyingInterceptor(SignatureVerifier verifier) {
    this.verifier = verifier;
  }

  /** The refusal, as an {@link IOException} so that it crosses OkHttp; the client turns it into {@link LibnetSignatureException}. */
  static final class Refused extends IOException {
    final SignatureFailure failure;
    final int status;
    final String location;

    Refused(HttpSignatureException cause, Response response) {
      super(cause.getMessage(), cause);
      this.failure = cause.failure();
      this.status = response.code();
      this.location = response.header("Location");
    }

    /** Whether the refused answer claimed to be a redirect. */
    boolean wasRedirect() {
      return RedirectInterceptor.isRedirect(status);
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    byte[] body = Http.readBody(response);
    try {
      verifier.verify(Http.toMessage(response, body));
    } catch (HttpSignatureException e) {
      throw new Refused(e, response);
    }
    return handUpRetryAfter(Http.buffered(response, body));
  }

  /** {@code response} with its {@code Retry-After} moved to {@value #RETRY_AFTER}, for an answer to be believed. */
  static Response handUpRetryAfter(Response response) {
    String retryAfter = response.header("Retry-After");
    return retryAfter == null ? response : response.newBuilder().removeHeader("Retry-After").header(RETRY_AFTER, retryAfter).build();
  }
}
