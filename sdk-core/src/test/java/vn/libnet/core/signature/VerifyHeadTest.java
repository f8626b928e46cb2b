package vn.libnet.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A request checked on its head before its body is read: what it refuses, and what it leaves to verify. */
class VerifyHeadTest {

  @Test
  void aGenuineHeadPassesAndSpendsNoNonceSoTheWholeRequestStillVerifiesOnce() {
    SignatureVerifier v = SignatureVerifierTest.verifier();
    HttpMessage signed = SignatureVerifierTest.signed(SignatureVerifierTest.CLOCK);
    HttpMessage head = signed.withBody(new byte[0]);
    assertThat(v.verifyHead(head).key().keyId()).isEqualTo(SignatureVerifierTest.KEY_ID);
    assertThat(v.verifyHead(head).key().keyId()).as("a second head check is no replay").isEqualTo(SignatureVerifierTest.KEY_ID);
    v.verify(signed);
    assertThat(SignatureVerifierTest.refusal(v, signed)).isEqualTo(SignatureFailure.REPLAYED);
  }

  @Test
  void aForgedOrMisdirectedHeadIsRefusedWithItsReason() {
    SignatureVerifier v = SignatureVerifierTest.verifier();
    HttpMessage signed = SignatureVerifierTest.signed(SignatureVerifierTest.CLOCK);
    String sig = signed.headers("Signature").get(0);
    // One base64 letter changed inside the signature's bytes (libnet=:...:), well away from the padding.
    int at = sig.indexOf(':') + 10;
    String flipped = sig.substring(0, at) + (sig.charAt(at) == 'A' ? 'B' : 'A') + sig.substring(at + 1);
    HttpMessage forged = signed.withoutHeader("Signature").withHeader("Signature", flipped).withBody(new byte[0]);
    assertThatThrownBy(() -> v.verifyHead(forged)).isInstanceOf(HttpSignatureException.class)
        .extracting(e -> ((HttpSignatureException) e).failure()).isEqualTo(SignatureFailure.BAD_SIGNATURE);
    HttpMessage unsigned = SignatureVerifierTest.request("").withBody(new byte[0]);
    assertThatThrownBy(() -> v.verifyHead(unsigned)).extracting(e -> ((HttpSignatureException) e).failure())
        .isEqualTo(SignatureFailure.SIGNATURE_MISSING);
  }

  @Test
  void theBodysDigestIsLeftToTheWholeVerification() {
    SignatureVerifier v = SignatureVerifierTest.verifier();
    HttpMessage signed = SignatureVerifierTest.signed(SignatureVerifierTest.CLOCK);
    HttpMessage altered = signed.withBody("<collection><record/></collection>".getBytes(StandardCharsets.UTF_8));
    assertThat(v.verifyHead(altered).key().keyId()).as("the head cannot see the body").isEqualTo(SignatureVerifierTest.KEY_ID);
    assertThat(SignatureVerifierTest.refusal(v, altered)).isEqualTo(SignatureFailure.DIGEST_MISMATCH);
  }
}
