package vn.libnet.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.HttpSignatures;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureParameters;

/** {@code libnet sign}: signs an HTTP message read from standard input (RFC 9421). */
@Command(
    name = "sign",
    description = {
      "Sign a plain HTTP/1.1 message from standard input with RFC 9421; the signed message goes to standard output.",
      "Ký thông điệp HTTP/1.1 đọc từ đầu vào chuẩn theo RFC 9421."
    })
final class SignCommand implements Callable<Integer> {
  @Option(names = "--key", required = true, paramLabel = "PRIVATE.pem", description = "Private key (PEM: PKCS#8, PKCS#1 or SEC1).")
  Path keyFile;

  @Option(names = "--keyid", required = true, paramLabel = "ID", description = "Key id, e.g. VN-HaNoi-TVHN#k1.")
  String keyId;

  @Option(names = "--alg", paramLabel = "ALG", description = "Algorithm (default: from the key: ed25519, ecdsa-p256-sha256 or rsa-pss-sha512).")
  String alg;

  @Option(names = "--components", paramLabel = "\"@method\" ...", description = "Covered components, as in Signature-Input (default: \"@method\" \"@target-uri\").")
  String components;

  @Option(names = "--label", defaultValue = "sig1", description = "Signature label (default: ${DEFAULT-VALUE}).")
  String label;

  @Option(names = "--profile", paramLabel = "libnet", description = "Sign as the LibNet profile prescribes (label, components, digest, nonce, tag).")
  String profile;

  @Option(names = "--scheme", defaultValue = "https", description = "Scheme for a request line in origin form (default: ${DEFAULT-VALUE}).")
  String scheme;

  @Option(names = "--now", paramLabel = "EPOCH", description = "Signing time in seconds since the epoch (default: now).")
  Long now;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LibnetCli root = (LibnetCli) spec.root().userObject();
    HttpMessage message = HttpMessage.parse(new String(root.in().readAllBytes(), StandardCharsets.UTF_8), scheme);
    PrivateKey key = Keys.privateKeyFromPem(Files.readString(keyFile, StandardCharsets.US_ASCII));
    SignatureAlgorithm algorithm = alg != null ? SignatureAlgorithm.fromName(alg) : Keys.defaultAlgorithm(key);
    Clock clock = now == null ? Clock.systemUTC() : Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
    HttpMessage signed;
    if ("libnet".equals(profile)) {
      signed = message.isRequest()
          ? LibnetSignatures.signRequest(message, keyId, algorithm, key, clock)
          : LibnetSignatures.signResponse(message, keyId, algorithm, key, clock);
    } else if (profile != null) {
      spec.commandLine().getErr().println("libnet: unknown profile \"" + profile + "\"; the only profile is libnet");
      return LibnetCli.USAGE_OR_IO;
    } else {
      SignatureParameters covered = SignatureParameters.parse("(" + (components == null ? "\"@method\" \"@target-uri\"" : components) + ")");
      SignatureParameters.Builder p = SignatureParameters.builder();
      covered.components().forEach(p::cover);
      p.created(clock.instant().getEpochSecond()).keyId(keyId);
      if (alg != null) {
        p.alg(algorithm.rfcName());
      }
      signed = HttpSignatures.sign(message, label, p.build(), algorithm, key);
    }
    root.rawOut().write(signed.toHttpText().getBytes(StandardCharsets.UTF_8));
    root.rawOut().flush();
    return 0;
  }
}
