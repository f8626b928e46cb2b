package vn.libnet.benchmarks;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureVerifier;
import vn.libnet.core.signature.VerificationKey;

/**
 * Signing (Content-Digest + RFC 9421 signature, LibNet profile) and verifying (signature + digest) a
 * 64 KiB write request, per algorithm. Target (DESIGN.md): sign + digest with Ed25519 under 0.2 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SignatureBenchmark {
  @Param({"ed25519", "ecdsa-p256-sha256", "rsa-pss-sha512", "hmac-sha256"})
  public String algorithm;

  private SignatureAlgorithm alg;
  private java.security.Key signingKey;
  private HttpMessage request;
  private HttpMessage signed;
  private SignatureVerifier verifier;
  private HttpMessage boundAnswer;
  private SignatureVerifier answers;
  private final Clock clock = Clock.systemUTC();

  @Setup
  public void setUp() throws GeneralSecurityException {
    alg = SignatureAlgorithm.fromName(algorithm);
    java.security.Key verifyKey;
    switch (alg) {
      case ED25519 -> {
        KeyPair p = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        signingKey = p.getPrivate();
        verifyKey = p.getPublic();
      }
      case ECDSA_P256_SHA256 -> {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p = g.generateKeyPair();
        signingKey = p.getPrivate();
        verifyKey = p.getPublic();
      }
      case RSA_PSS_SHA512 -> {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(3072);
        KeyPair p = g.generateKeyPair();
        signingKey = p.getPrivate();
        verifyKey = p.getPublic();
      }
      default -> {
        byte[] secret = new byte[64];
        new Random(1).nextBytes(secret);
        signingKey = new SecretKeySpec(secret, "HmacSHA256");
        verifyKey = signingKey;
      }
    }
    byte[] body = new byte[64 * 1024];
    new Random(2).nextBytes(body);
    request = HttpMessage.request("POST", URI.create("https://hub.libnet.example/v1/catalog/records"))
        .header("Content-Type", "application/marc").header("Idempotency-Key", "5f0c2a9e").body(body).build();
    signed = LibnetSignatures.signRequest(request, "VN-X#k1", alg, signingKey, clock);
    verifier = SignatureVerifier.builder().keys(KeyResolver.of(new VerificationKey("VN-X#k1", alg, verifyKey))).clock(clock).build();
    // A 64 KiB answer bound to the signed request (it covers "signature";req;key="libnet"), as a client checks it.
    HttpMessage answer = HttpMessage.response(201).request(signed).header("Content-Type", "application/json").body(body).build();
    boundAnswer = LibnetSignatures.signResponse(answer, "VN-X#k1", alg, signingKey, clock);
    answers = LibnetSignatures.responseVerifier(KeyResolver.of(new VerificationKey("VN-X#k1", alg, verifyKey)), clock);
  }

  @Benchmark
  public Object verifyBoundAnswer() {
    return answers.verify(boundAnswer);
  }

  @Benchmark
  public HttpMessage signWithDigest() {
    return LibnetSignatures.signRequest(request, "VN-X#k1", alg, signingKey, clock);
  }

  @Benchmark
  public Object verifyWithDigest() {
    return verifier.verify(signed);
  }
}
