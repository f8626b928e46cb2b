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
 * caller. A redirect (3xx) passes unverified: it is never used as data, only refused or, for a read,
 * followed with a new request whose answer is verified in turn ({@link RedirectInterceptor}).
 */
final class VerifyingInterceptor implements Interceptor {
  private final SignatureVerifier verifier;

  VerifyingInterceptor(SignatureVerifier verifier) {
    this.verifier = verifier;
  }

  /** The refusal, as an {@link IOException} so that it crosses OkHttp; the client turns it into {@link LibnetSignatureException}. */
  static final class Refused extends IOException {
    final SignatureFailure failure;

    Refused(HttpSignatureException cause) {
      super(cause.getMessage(), cause);
      this.failure = cause.failure();
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (RedirectInterceptor.isRedirect(response.code())) {
      return response;
    }
    byte[] body = Http.readBody(response);
    try {
      verifier.verify(Http.toMessage(response, body));
    } catch (HttpSignatureException e) {
      throw new Refused(e);
    }
    return Http.buffered(response, body);
  }
}
