package vn.libnet.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class KeyFormatsTest {

  static X509Certificate selfSigned(KeyPair pair) throws Exception {
    X500Name name = new X500Name("CN=VN-HaNoi-TVHN");
    Date now = new Date();
    var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, now, new Date(now.getTime() + 86_400_000L), name, pair.getPublic());
    return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
  }

  @Test
  void thumbprintsAreThoseOfRfc7638AndRfc8037() {
    // RFC 7638 §3.1 (RSA) and RFC 8037 Appendix A.3 (Ed25519): the published thumbprints of the published keys.
    String rsa = "{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\"}";
    assertThat(Keys.thumbprint(Keys.publicFromJwk(rsa))).isEqualTo("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    String ed = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";
    assertThat(Keys.thumbprint(Keys.publicFromJwk(ed))).isEqualTo("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
  }

  @Test
  void pkcs12AndX509CertificatesGiveKeysThatSignAndVerify() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = g.generateKeyPair();
    X509Certificate cert = selfSigned(pair);

    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    char[] password = "matkhau".toCharArray();
    ks.setKeyEntry("k1", pair.getPrivate(), password, new java.security.cert.Certificate[] {cert});
    ByteArrayOutputStream p12 = new ByteArrayOutputStream();
    ks.store(p12, password);

    PrivateKey fromP12 = Keys.privateKeyFromPkcs12(new ByteArrayInputStream(p12.toByteArray()), password);
    byte[] data = "chữ ký".getBytes(StandardCharsets.UTF_8);
    byte[] sig = SignatureAlgorithm.ECDSA_P256_SHA256.sign(fromP12, data);
    assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.verify(Keys.publicKeyFromCertificate(new ByteArrayInputStream(cert.getEncoded())), data, sig)).isTrue();
    String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(cert.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.verify(Keys.publicKeyFromPem(pem), data, sig)).isTrue();
    assertThat(Keys.privateKeyFromPem(Keys.toPem(fromP12)).getEncoded()).isEqualTo(fromP12.getEncoded());

    assertThatThrownBy(() -> Keys.privateKeyFromPkcs12(new ByteArrayInputStream(p12.toByteArray()), "sai".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#12");
  }

  @Test
  void badKeyTextSaysWhatWasFound() {
    assertThatThrownBy(() -> Keys.privateKeyFromPem("not a key")).hasMessageContaining("No PEM object");
    assertThatThrownBy(() -> Keys.privateKeyFromPem(Keys.toPem(Keys.publicFromJwk(
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"JrQLj5P_89iXES9-vFgrIy29clF9CC_oPPsw3c5D0bs\"}")))).hasMessageContaining("not a private key");
    assertThatThrownBy(() -> Keys.fromJwk("{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"AA\",\"y\":\"AA\"}")).hasMessageContaining("P-256");
    assertThatThrownBy(() -> Keys.fromJwk("{\"kty\":\"RSA\",\"n\":\"AQAB\"}")).hasMessageContaining("\"e\"");
    assertThatThrownBy(() -> SignatureAlgorithm.fromName("rsa-sha1")).hasMessageContaining("ed25519");
  }

  @Test
  void aJwksBindsEachKidToTheAlgorithmItsAlgNamesInEitherVocabulary() throws Exception {
    KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPairGenerator ecGen = KeyPairGenerator.getInstance("EC");
    ecGen.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ec = ecGen.generateKeyPair();
    KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    VerificationKey published = new VerificationKey("hub#1", SignatureAlgorithm.ED25519, ed.getPublic());
    String jwks = "{\"keys\":["
        + vn.libnet.core.json.LibnetJson.mapper().writeValueAsString(published.toPublicJwk()) + ","
        + jwk(ec, "ES256", "hub#2") + "," + jwk(rsa, "RS256", "legacy#1") + "," + jwk(rsa, null, "hub#3") + "]}";
    java.util.List<VerificationKey> keys = VerificationKey.fromJwks(jwks);
    assertThat(keys).extracting(VerificationKey::keyId).containsExactly("hub#1", "hub#2", "legacy#1", "hub#3");
    assertThat(keys).extracting(VerificationKey::algorithm).containsExactly(SignatureAlgorithm.ED25519,
        SignatureAlgorithm.ECDSA_P256_SHA256, SignatureAlgorithm.RSA_V1_5_SHA256, SignatureAlgorithm.RSA_PSS_SHA512);
    assertThat(keys.get(0).key()).isEqualTo(ed.getPublic());
    assertThat(published.toPublicJwk()).containsEntry("kid", "hub#1").containsEntry("alg", "ed25519").doesNotContainKey("d");
    assertThatThrownBy(() -> VerificationKey.fromJwks("{\"keys\":[" + jwk(ec, "ES999", "x") + "]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ES999");
    assertThatThrownBy(() -> new VerificationKey("s", SignatureAlgorithm.HMAC_SHA256,
        new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256")).toPublicJwk())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shared secret");
  }

  private static String jwk(KeyPair pair, String alg, String kid) throws Exception {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>(Keys.toPublicJwk(pair.getPublic()));
    m.put("kid", kid);
    if (alg != null) {
      m.put("alg", alg);
    }
    return vn.libnet.core.json.LibnetJson.mapper().writeValueAsString(m);
  }
}
