package vn.libnet.core.signature;

import java.io.IOException;
import java.security.Key;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Ed25519 with Bouncy Castle's implementation, several times faster than the JDK's. Key parameters are
 * derived once per key object (deriving the public point costs as much as a signature) and held weakly.
 */
final class Ed25519Engine {
  private static final Map<Key, AsymmetricKeyParameter> PARAMS = Collections.synchronizedMap(new WeakHashMap<>());

  private Ed25519Engine() {}

  static byte[] sign(Key key, byte[] data) {
    Ed25519PrivateKeyParameters p = (Ed25519PrivateKeyParameters) params(key, true);
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, p);
    signer.update(data, 0, data.length);
    return signer.generateSignature();
  }

  static boolean verify(Key key, byte[] data, byte[] signature) {
    Ed25519PublicKeyParameters p = (Ed25519PublicKeyParameters) params(key, false);
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(false, p);
    signer.update(data, 0, data.length);
    return signer.verifySignature(signature);
  }

  private static AsymmetricKeyParameter params(Key key, boolean privateKey) {
    return PARAMS.computeIfAbsent(key, k -> {
      try {
        AsymmetricKeyParameter p = privateKey ? PrivateKeyFactory.createKey(k.getEncoded()) : PublicKeyFactory.createKey(k.getEncoded());
        if (privateKey && !(p instanceof Ed25519PrivateKeyParameters) || !privateKey && !(p instanceof Ed25519PublicKeyParameters)) {
          throw new HttpSignatureException(SignatureFailure.KEY_INVALID, "ed25519", "not an Ed25519 " + (privateKey ? "private" : "public") + " key");
        }
        return p;
      } catch (IOException | RuntimeException e) {
        if (e instanceof HttpSignatureException se) {
          throw se;
        }
        throw new HttpSignatureException(SignatureFailure.KEY_INVALID, "ed25519", e.getMessage());
      }
    });
  }
}
