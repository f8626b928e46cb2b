package vn.libnet.server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.VerificationKey;

/** A request sent as it is, and its answer checked as the LibNet client checks one: the filter tests' one exchange. */
final class SignedExchange {
  private SignedExchange() {}

  /** Sends {@code m}, headers and body as they are. */
  static HttpResponse<byte[]> send(HttpClient http, HttpMessage m) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(m.targetUri());
    m.headers().forEach(h -> r.header(h.getKey(), h.getValue()));
    r.method(m.method(), m.body().length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(m.body()));
    return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Verifies the answer by the profile with {@code server}'s key, bound to {@code request}; throws when it does not verify. */
  static void assertSignedAnswerTo(VerificationKey server, HttpMessage request, HttpResponse<byte[]> res) {
    HttpMessage.Builder m = HttpMessage.response(res.statusCode());
    res.headers().map().forEach((name, values) -> values.forEach(v -> m.header(name, v)));
    LibnetSignatures.responseVerifier(KeyResolver.of(server), Clock.systemUTC()).verify(m.request(request).body(res.body()).build());
  }
}
