package vn.libnet.core.signature;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import vn.libnet.core.json.LibnetJson;

/**
 * Loading keys for HTTP message signatures from the forms they come in: PEM (PKCS#1 {@code RSA PRIVATE
 * KEY} and {@code RSA PUBLIC KEY}, SEC1 {@code EC PRIVATE KEY}, PKCS#8 including the RSASSA-PSS OID, SPKI
 * {@code PUBLIC KEY}, X.509 {@code CERTIFICATE}), PKCS#12 keystores, and JWK / JWKS (RFC 7517; RFC 8037
 * for Ed25519; {@code oct} for HMAC secrets). PEM is parsed with Bouncy Castle; the keys are standard JCA
 * keys. Text that is not a key gives {@link IllegalArgumentException} saying what was found.
 */
public final class Keys {
  private static final byte[] ED25519_SPKI_PREFIX = hex("302a300506032b6570032100");
  private static final byte[] ED25519_PKCS8_PREFIX = hex("302e020100300506032b657004220420");

  private Keys() {}

  /** A private key from PEM text. */
  public static PrivateKey privateKeyFromPem(String pem) {
    Object o = readPem(pem);
    try {
      if (o instanceof PEMKeyPair pair) {
        return toPrivate(pair.getPrivateKeyInfo());
      }
      if (o instanceof PrivateKeyInfo info) {
        return toPrivate(info);
      }
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("The PEM private key cannot be used: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("The PEM text holds " + describe(o) + ", not a private key");
  }

  /** A public key from PEM text (SPKI, PKCS#1 RSA, an X.509 certificate, or a key pair). */
  public static PublicKey publicKeyFromPem(String pem) {
    Object o = readPem(pem);
    try {
      if (o instanceof SubjectPublicKeyInfo spki) {
        return toPublic(spki);
      }
      if (o instanceof X509CertificateHolder cert) {
        return toPublic(cert.getSubjectPublicKeyInfo());
      }
      if (o instanceof PEMKeyPair pair) {
        return toPublic(pair.getPublicKeyInfo());
      }
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("The PEM public key cannot be used: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("The PEM text holds " + describe(o) + ", not a public key");
  }

  /** The public key of an X.509 certificate in DER or PEM. */
  public static PublicKey publicKeyFromCertificate(InputStream certificate) {
    try {
      X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(certificate);
      return c.getPublicKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not an X.509 certificate: " + e.getMessage(), e);
    }
  }

  /** The first private key of a PKCS#12 keystore. */
  public static PrivateKey privateKeyFromPkcs12(InputStream keystore, char[] password) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(keystore, password);
      for (Enumeration<String> aliases = ks.aliases(); aliases.hasMoreElements(); ) {
        Key k = ks.getKey(aliases.nextElement(), password);
        if (k instanceof PrivateKey pk) {
          return pk;
        }
      }
      throw new IllegalArgumentException("The PKCS#12 keystore holds no private key");
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("The PKCS#12 keystore cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The key of a JWK: the private key when it has private members ({@code d}), else the public key;
   * a {@code SecretKey} for {@code kty=oct}.
   */
  public static Key fromJwk(String json) {
    return fromJwk(readJson(json));
  }

  /** The public key of a JWK, even when it also has private members. */
  public static PublicKey publicFromJwk(String json) {
    Key k = fromJwk(withoutPrivate(readJson(json)));
    if (!(k instanceof PublicKey pk)) {
      throw new IllegalArgumentException("A kty=oct JWK has no public key");
    }
    return pk;
  }

  /** The keys of a JWKS ({@code {"keys": [...]}}) by {@code kid}, in order; keys without kid are skipped. */
  public static Map<String, Key> fromJwks(String json) {
    JsonNode root = readJson(json);
    if (!root.path("keys").isArray()) {
      throw new IllegalArgumentException("A JWKS is an object with a \"keys\" array");
    }
    Map<String, Key> out = new LinkedHashMap<>();
    for (JsonNode jwk : root.get("keys")) {
      if (jwk.hasNonNull("kid")) {
        out.put(jwk.get("kid").asText(), fromJwk(jwk));
      }
    }
    return out;
  }

  static Key fromJwk(JsonNode jwk) {
    String kty = jwk.path("kty").asText("");
    try {
      switch (kty) {
        case "RSA": {
          BigInteger n = big(jwk, "n");
          BigInteger e = big(jwk, "e");
          KeyFactory f = KeyFactory.getInstance("RSA");
          if (!jwk.hasNonNull("d")) {
            return f.generatePublic(new RSAPublicKeySpec(n, e));
          }
          return f.generatePrivate(new RSAPrivateCrtKeySpec(n, e, big(jwk, "d"), big(jwk, "p"), big(jwk, "q"),
              big(jwk, "dp"), big(jwk, "dq"), big(jwk, "qi")));
        }
        case "EC": {
          if (!"P-256".equals(jwk.path("crv").asText())) {
            throw new IllegalArgumentException("Only EC keys on P-256 are used with HTTP signatures, not " + jwk.path("crv").asText());
          }
          AlgorithmParameters ap = AlgorithmParameters.getInstance("EC");
          ap.init(new ECGenParameterSpec("secp256r1"));
          ECParameterSpec spec = ap.getParameterSpec(ECParameterSpec.class);
          KeyFactory f = KeyFactory.getInstance("EC");
          if (jwk.hasNonNull("d")) {
            return f.generatePrivate(new ECPrivateKeySpec(big(jwk, "d"), spec));
          }
          return f.generatePublic(new ECPublicKeySpec(new ECPoint(big(jwk, "x"), big(jwk, "y")), spec));
        }
        case "OKP": {
          if (!"Ed25519".equals(jwk.path("crv").asText())) {
            throw new IllegalArgumentException("Only OKP keys on Ed25519 are used, not " + jwk.path("crv").asText());
          }
          KeyFactory f = KeyFactory.getInstance("Ed25519");
          if (jwk.hasNonNull("d")) {
            return f.generatePrivate(new PKCS8EncodedKeySpec(concat(ED25519_PKCS8_PREFIX, bytes(jwk, "d"))));
          }
          return f.generatePublic(new X509EncodedKeySpec(concat(ED25519_SPKI_PREFIX, bytes(jwk, "x"))));
        }
        case "oct":
          return new SecretKeySpec(bytes(jwk, "k"), "HmacSHA256");
        default:
          throw new IllegalArgumentException("Unsupported JWK kty \"" + kty + "\"; use RSA, EC, OKP or oct");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("The JWK cannot be used: " + e.getMessage(), e);
    }
  }

  /** The public JWK members of {@code key} (RSA, EC P-256 or Ed25519), for publishing. */
  public static Map<String, String> toPublicJwk(PublicKey key) {
    Map<String, String> jwk = new LinkedHashMap<>();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    if (key instanceof java.security.interfaces.RSAPublicKey rsa) {
      jwk.put("kty", "RSA");
      jwk.put("n", b64.encodeToString(unsigned(rsa.getModulus())));
      jwk.put("e", b64.encodeToString(unsigned(rsa.getPublicExponent())));
    } else if (key instanceof java.security.interfaces.ECPublicKey ec) {
      jwk.put("kty", "EC");
      jwk.put("crv", "P-256");
      jwk.put("x", b64.encodeToString(fixed(ec.getW().getAffineX(), 32)));
      jwk.put("y", b64.encodeToString(fixed(ec.getW().getAffineY(), 32)));
    } else if ("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm())) {
      byte[] der = key.getEncoded();
      jwk.put("kty", "OKP");
      jwk.put("crv", "Ed25519");
      jwk.put("x", b64.encodeToString(java.util.Arrays.copyOfRange(der, der.length - 32, der.length)));
    } else {
      throw new IllegalArgumentException("No JWK form for a " + key.getAlgorithm() + " key");
    }
    return jwk;
  }

  /**
   * The RFC 7638 JWK thumbprint of {@code key} with SHA-256, base64url without padding (43 characters):
   * the SHA-256 of the key's required JWK members ({@code crv kty x} for OKP, {@code crv kty x y} for EC,
   * {@code e kty n} for RSA) in lexicographic order, as JSON with no whitespace. Two parties compare
   * thumbprints to agree on a key out of band.
   *
   * @throws IllegalArgumentException when the key has no JWK form here (see {@link #toPublicJwk})
   */
  public static String thumbprint(PublicKey key) {
    // toPublicJwk holds exactly the required members; a TreeMap gives RFC 7638's order. Every member value
    // is base64url or a fixed name, so none needs JSON escaping.
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, String> m : new java.util.TreeMap<>(toPublicJwk(key)).entrySet()) {
      json.append(json.length() > 1 ? "," : "").append('"').append(m.getKey()).append("\":\"").append(m.getValue()).append('"');
    }
    json.append('}');
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** {@code key} as PEM: PKCS#8 {@code PRIVATE KEY} or SPKI {@code PUBLIC KEY}. */
  public static String toPem(Key key) {
    String type;
    if (key instanceof PrivateKey) {
      type = "PRIVATE KEY";
    } else if (key instanceof PublicKey) {
      type = "PUBLIC KEY";
    } else {
      throw new IllegalArgumentException("Only private and public keys have a PEM form here");
    }
    String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
    return "-----BEGIN " + type + "-----\n" + b64 + "\n-----END " + type + "-----\n";
  }

  /** The algorithm a key is naturally used with: ed25519, ecdsa-p256-sha256, rsa-pss-sha512 or hmac-sha256. */
  public static SignatureAlgorithm defaultAlgorithm(Key key) {
    String a = key.getAlgorithm();
    if (a.equals("Ed25519") || a.equals("EdDSA")) {
      return SignatureAlgorithm.ED25519;
    }
    if (a.equals("EC")) {
      return SignatureAlgorithm.ECDSA_P256_SHA256;
    }
    if (a.equals("RSA") || a.equals("RSASSA-PSS")) {
      return SignatureAlgorithm.RSA_PSS_SHA512;
    }
    if (a.startsWith("Hmac") || "RAW".equals(key.getFormat())) {
      return SignatureAlgorithm.HMAC_SHA256;
    }
    throw new IllegalArgumentException("No signature algorithm for a " + a + " key");
  }

  private static PrivateKey toPrivate(PrivateKeyInfo info) throws GeneralSecurityException, IOException {
    ASN1ObjectIdentifier oid = info.getPrivateKeyAlgorithm().getAlgorithm();
    return KeyFactory.getInstance(jcaName(oid)).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
  }

  private static PublicKey toPublic(SubjectPublicKeyInfo spki) throws GeneralSecurityException, IOException {
    ASN1ObjectIdentifier oid = spki.getAlgorithm().getAlgorithm();
    return KeyFactory.getInstance(jcaName(oid)).generatePublic(new X509EncodedKeySpec(spki.getEncoded()));
  }

  private static String jcaName(ASN1ObjectIdentifier oid) {
    if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
      return "RSA";
    }
    if (oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
      return "RSASSA-PSS";
    }
    if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
      return "EC";
    }
    if (oid.getId().equals("1.3.101.112")) {
      return "Ed25519";
    }
    throw new IllegalArgumentException("Unsupported key algorithm " + oid);
  }

  private static Object readPem(String pem) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      Object o = parser.readObject();
      if (o == null) {
        throw new IllegalArgumentException("No PEM object found (expected -----BEGIN ...-----)");
      }
      return o;
    } catch (IOException e) {
      throw new IllegalArgumentException("Not valid PEM: " + e.getMessage(), e);
    }
  }

  private static String describe(Object o) {
    return o == null ? "nothing" : o.getClass().getSimpleName();
  }

  static JsonNode readJson(String json) {
    try {
      return LibnetJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not valid JSON: " + e.getMessage(), e);
    }
  }

  private static JsonNode withoutPrivate(JsonNode jwk) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = jwk.deepCopy();
    for (String m : new String[] {"d", "p", "q", "dp", "dq", "qi", "oth", "k"}) {
      copy.remove(m);
    }
    return copy;
  }

  private static BigInteger big(JsonNode jwk, String member) {
    return new BigInteger(1, bytes(jwk, member));
  }

  private static byte[] bytes(JsonNode jwk, String member) {
    if (!jwk.hasNonNull(member)) {
      throw new IllegalArgumentException("The JWK lacks \"" + member + "\"");
    }
    return Base64.getUrlDecoder().decode(jwk.get(member).asText());
  }

  private static byte[] unsigned(BigInteger v) {
    byte[] b = v.toByteArray();
    return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
  }

  private static byte[] fixed(BigInteger v, int length) {
    byte[] b = unsigned(v);
    byte[] out = new byte[length];
    System.arraycopy(b, 0, out, length - b.length, b.length);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] hex(String s) {
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }
}
