package vn.libnet.core.signature;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature algorithms of RFC 9421 §3.3, by their registered names. Ed25519 runs on Bouncy
 * Castle's implementation (several times faster than the JDK's); the others on the JDK's: ECDSA signatures are the raw 64-byte {@code r||s} the RFC requires (not DER), RSA-PSS uses
 * SHA-512, MGF1 with SHA-512 and a 64-byte salt, HMAC comparison is constant-time.
 */
public enum SignatureAlgorithm {
  /** EdDSA on edwards25519; the LibNet default. */
  ED25519("ed25519", "Ed25519"),
  /** ECDSA on P-256 with SHA-256, signature {@code r||s}. */
  ECDSA_P256_SHA256("ecdsa-p256-sha256", "SHA256withECDSAinP1363Format"),
  /** RSASSA-PSS with SHA-512. */
  RSA_PSS_SHA512("rsa-pss-sha512", "RSASSA-PSS"),
  /** RSASSA-PKCS1-v1_5 with SHA-256; for verifying legacy peers. */
  RSA_V1_5_SHA256("rsa-v1_5-sha256", "SHA256withRSA"),
  /** HMAC with SHA-256 and a shared secret; for tests and closed deployments. */
  HMAC_SHA256("hmac-sha256", "HmacSHA256");

  private final String rfcName;
  private final String jcaName;

  SignatureAlgorithm(String rfcName, String jcaName) {
    this.rfcName = rfcName;
    this.jcaName = jcaName;
  }

  /** The name in the HTTP Signature Algorithms registry, e.g. {@code ed25519}. */
  public String rfcName() {
    return rfcName;
  }

  /**
   * The algorithm registered as {@code name}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static SignatureAlgorithm fromName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (SignatureAlgorithm a : values()) {
      if (a.rfcName.equals(n)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "Unknown signature algorithm \"" + name + "\"; use ed25519, ecdsa-p256-sha256, rsa-pss-sha512, rsa-v1_5-sha256 or hmac-sha256");
  }

  /**
   * Signs {@code data}.
   *
   * @throws HttpSignatureException {@code KEY_INVALID} when {@code key} does not fit this algorithm
   */
  public byte[] sign(Key key, byte[] data) {
    try {
      if (this == HMAC_SHA256) {
        Mac mac = Mac.getInstance(jcaName);
        mac.init(secret(key));
        return mac.doFinal(data);
      }
      if (!(key instanceof PrivateKey pk)) {
        throw new HttpSignatureException(SignatureFailure.KEY_INVALID, rfcName, "signing needs a private key");
      }
      if (this == ED25519) {
        return Ed25519Engine.sign(pk, data);
      }
      Signature s = signature();
      s.initSign(pk);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new HttpSignatureException(SignatureFailure.KEY_INVALID, rfcName, e.getMessage());
    }
  }

  /**
   * Whether {@code signature} is a valid signature of {@code data} with {@code key}; false for a
   * malformed signature.
   *
   * @throws HttpSignatureException {@code KEY_INVALID} when {@code key} does not fit this algorithm
   */
  public boolean verify(Key key, byte[] data, byte[] signature) {
    try {
      if (this == HMAC_SHA256) {
        return MessageDigest.isEqual(sign(key, data), signature);
      }
      if (!(key instanceof PublicKey pk)) {
        throw new HttpSignatureException(SignatureFailure.KEY_INVALID, rfcName, "verifying needs a public key");
      }
      if (this == ED25519) {
        return Ed25519Engine.verify(pk, data, signature);
      }
      Signature s = signature();
      s.initVerify(pk);
      s.update(data);
      return s.verify(signature);
    } catch (java.security.SignatureException e) {
      return false; // a malformed signature is a bad signature
    } catch (GeneralSecurityException e) {
      throw new HttpSignatureException(SignatureFailure.KEY_INVALID, rfcName, e.getMessage());
    }
  }

  private Signature signature() throws GeneralSecurityException {
    Signature s = Signature.getInstance(jcaName);
    if (this == RSA_PSS_SHA512) {
      s.setParameter(new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1));
    }
    return s;
  }

  private SecretKey secret(Key key) {
    if (key instanceof SecretKey sk) {
      return sk;
    }
    if (key != null && "RAW".equals(key.getFormat())) {
      return new SecretKeySpec(key.getEncoded(), jcaName);
    }
    throw new HttpSignatureException(SignatureFailure.KEY_INVALID, rfcName, "HMAC needs a shared secret");
  }
}
