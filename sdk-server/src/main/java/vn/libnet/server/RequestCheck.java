package vn.libnet.server;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.core.signature.ComponentId;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.SignatureFailure;
import vn.libnet.core.signature.SignatureVerifier;

/**
 * The signature checks of one request, cheapest first: what its head alone shows before a byte of the
 * body is read, then the signature over the head and the body. A check that passes puts the {@link
 * VerifiedSigner} on the request.
 */
final class RequestCheck {
  private static final Logger LOG = LoggerFactory.getLogger(LibnetSignatureFilter.class);
  // The profile's reads, as sent (methods are case-sensitive, RFC 9110 §9.1): every other method needs a signature.
  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final ComponentId CONTENT_DIGEST = ComponentId.of("content-digest");

  private final SignatureVerifier verifier;
  private final HttpServletRequest request;
  private final String method;
  private final URI target;

  RequestCheck(SignatureVerifier verifier, HttpServletRequest request, String method, URI target) {
    this.verifier = verifier;
    this.request = request;
    this.method = method;
    this.target = target;
  }

  /** Whether {@code method} is a read of the profile, which may come unsigned. */
  static boolean isRead(String method) {
    return READS.contains(method);
  }

  /** Whether the request carries a signature, or half of one. */
  boolean isSigned() {
    return request.getHeader("Signature") != null || request.getHeader("Signature-Input") != null;
  }

  /**
   * The refusal the head alone earns, or {@code null}: no signature, signature fields over the limits, or
   * a signature that does not verify over the head (forged, stale, for another target, by an unknown key),
   * so that neither a body announced but never sent nor a forged one is read.
   */
  RequestRefusal beforeBody() {
    try {
      HttpMessage head = message(new byte[0]);
      verifier.limits().check(head);
      if (request.getHeader("Signature") == null || request.getHeader("Signature-Input") == null) {
        verifier.verify(head);
      }
      verifier.verifyHead(head);
      return null;
    } catch (HttpSignatureException e) {
      return refusal(e);
    }
  }

  /** The refusal of the signed request with {@code body}, or {@code null} once the signer is on the request. */
  RequestRefusal withBody(byte[] body) {
    try {
      SignatureVerifier.Verified v = verifier.verify(message(body));
      if (body.length > 0 && !v.parameters().components().contains(CONTENT_DIGEST)) {
        // A read (or a method outside the profile) whose signature says nothing of its body: anyone on the
        // way could have put it there.
        return RequestRefusal.bodyNotCovered(CONTENT_DIGEST);
      }
      request.setAttribute(VerifiedSigner.ATTRIBUTE, VerifiedSigner.of(v.key().keyId(), v.key().algorithm()));
      return null;
    } catch (HttpSignatureException e) {
      return refusal(e);
    }
  }

  private static RequestRefusal refusal(HttpSignatureException e) {
    if (e.failure() == SignatureFailure.FIELD_TOO_LARGE || e.failure() == SignatureFailure.NONCE_CACHE_FULL) {
      LOG.warn("Signed request refused: {}", e.getMessage());
    }
    return RequestRefusal.of(e);
  }

  private HttpMessage message(byte[] body) {
    HttpMessage.Builder m = HttpMessage.request(method, target);
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String v : Collections.list(request.getHeaders(name))) {
        m.header(name, v);
      }
    }
    return m.body(body).build();
  }
}
