package vn.libnet.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import vn.libnet.core.signature.SignatureException;
import vn.libnet.core.signature.SignatureFailure;
import vn.libnet.core.signature.SignatureVerifier;

/**
 * Verifies the hub's signature and {@code Content-Digest} on the final answer of every call (after
 * retries) and refuses the answer otherwise, before anything of it reaches the caller.
 */
final class VerifyingInterceptor implements Interceptor {
  private final SignatureVerifier verifier;

  VerifyingInterceptor(SignatureVerifier verifier) {
    this.verifier = verifier;
  }

  /** The refusal, as an {@link IOException} so that it crosses OkHttp; the client turns it into {@link LibnetSignatureException}. */
  static final class Refused extends IOException {
    final SignatureFailure failure;

    Refused(SignatureException cause) {
      super(cause.getMessage(), cause);
      this.failure = cause.failure();
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    byte[] body = Http.readBody(response);
    try {
      verifier.verify(Http.toMessage(response, body));
    } catch (SignatureException e) {
      throw new Refused(e);
    }
    return Http.buffered(response, body);
  }
}
