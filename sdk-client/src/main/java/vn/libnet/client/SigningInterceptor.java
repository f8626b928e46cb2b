package vn.libnet.client;

import java.io.IOException;
import java.security.Key;
import java.time.Clock;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;

/**
 * Signs each try of every request with the LibNet profile: a write gets {@code Content-Digest} (SHA-256)
 * and a signature over its method, target, digest, type and idempotency key; a read (GET, HEAD) a signature
 * over its method and target, so that the hub's answer can cover that signature and be bound to this very
 * request. Each signature has a fresh {@code created} and nonce. It runs on every request that goes on the
 * wire, after the retry interceptor, redirects followed and OkHttp's own follow-ups, because a try that
 * repeated an earlier nonce would be refused as a replay.
 */
final class SigningInterceptor implements Interceptor {
  private static final MediaType EMPTY_TYPE = MediaType.get("application/json");

  private final String keyId;
  private final SignatureAlgorithm algorithm;
  private final Key key;
  private final Clock clock;

  SigningInterceptor(String keyId, SignatureAlgorithm algorithm, Key key, Clock clock) {
    this.keyId = keyId;
    this.algorithm = algorithm;
    this.key = key;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!Http.isWrite(request)) {
      return chain.proceed(withSignature(request, LibnetSignatures.signRequest(Http.toMessage(request, new byte[0]), keyId,
          algorithm, key, clock)));
    }
    RequestBody body = request.body();
    // The profile covers content-type, so a body-less write (DELETE) still declares one, over zero bytes.
    MediaType type = body == null || body.contentType() == null ? EMPTY_TYPE : body.contentType();
    byte[] bytes = Http.bodyBytes(body);
    Request typed = request.newBuilder()
        .header("Content-Type", type.toString())
        .method(request.method(), RequestBody.create(bytes, type))
        .build();
    HttpMessage signed = LibnetSignatures.signRequest(Http.toMessage(typed, bytes), keyId, algorithm, key, clock);
    return chain.proceed(withSignature(typed, signed));
  }

  /** {@code request} with the digest and signature fields of {@code signed} (a read has no digest). */
  private static Request withSignature(Request request, HttpMessage signed) {
    Request.Builder out = request.newBuilder();
    for (String name : new String[] {"Content-Digest", "Signature-Input", "Signature"}) {
      out.removeHeader(name);
      for (String v : signed.headers(name)) {
        out.addHeader(name, v);
      }
    }
    return out.build();
  }
}
