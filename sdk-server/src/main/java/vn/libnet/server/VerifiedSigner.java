package vn.libnet.server;

import jakarta.servlet.ServletRequest;
import java.util.Objects;
import java.util.Optional;
import vn.libnet.core.signature.SignatureAlgorithm;

/**
 * Who signed a request that {@link LibnetSignatureFilter} verified: the key id ({@code <ISIL>#<key-name>}
 * in the LibNet profile), the library's ISIL before the {@code #}, and the algorithm. The filter puts it
 * on the request under {@link #ATTRIBUTE}; an unsigned read that the filter let through has none.
 *
 * @param isil the ISIL part of the key id (the whole key id when it has no {@code #})
 * @param keyId the verified key id
 * @param algorithm the algorithm the signature was verified with
 */
public record VerifiedSigner(String isil, String keyId, SignatureAlgorithm algorithm) {
  /** The request attribute under which the filter puts the signer. */
  public static final String ATTRIBUTE = VerifiedSigner.class.getName();

  /** Requires every part. */
  public VerifiedSigner {
    Objects.requireNonNull(isil, "isil");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(algorithm, "algorithm");
  }

  /** The signer of {@code keyId}: its ISIL is what precedes the first {@code #}. */
  static VerifiedSigner of(String keyId, SignatureAlgorithm algorithm) {
    int hash = keyId.indexOf('#');
    return new VerifiedSigner(hash < 0 ? keyId : keyId.substring(0, hash), keyId, algorithm);
  }

  /**
   * The signer the filter verified for {@code request}; empty for an unsigned request, or when no filter
   * ran (an attribute of another type under the name is ignored).
   */
  public static Optional<VerifiedSigner> of(ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof VerifiedSigner s ? Optional.of(s) : Optional.empty();
  }
}
