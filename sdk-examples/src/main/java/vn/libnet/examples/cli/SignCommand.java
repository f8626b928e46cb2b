package vn.libnet.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "Ký thông điệp HTTP/1.1 đọc từ đầu vào chuẩn theo RFC 9421; thông điệp đã ký ra đầu ra chuẩn."
    })
final class SignCommand implements Callable<Integer> {
  @Option(names = "--key", paramLabel = "PRIVATE.pem",
      description = {"Private key (PEM: PKCS#8, PKCS#1 or SEC1; default: LIBNET_KEY or key in the config file).",
          "Khoá bí mật (PEM: PKCS#8, PKCS#1 hoặc SEC1; mặc định: LIBNET_KEY hoặc key trong tệp cấu hình)."})
  Path keyFile;

  @Option(names = "--isil", paramLabel = "VN-...",
      description = {"The signing library's ISIL (default: LIBNET_ISIL or isil in the config file).",
          "ISIL của thư viện ký (mặc định: LIBNET_ISIL hoặc isil trong tệp cấu hình)."})
  String isil;

  @Option(names = "--key-name", paramLabel = "NAME",
      description = {"The key's name: the key id is ISIL#NAME (default: LIBNET_KEY_NAME, else k1).",
          "Tên khoá: mã khoá là ISIL#NAME (mặc định: LIBNET_KEY_NAME, nếu không thì k1)."})
  String keyName;

  // The old spelling (the whole key id), kept for one release.
  @Option(names = "--keyid", hidden = true)
  String keyIdOld;

  @Option(names = "--alg", paramLabel = "ALG",
      description = {"Algorithm (default: from the key: ed25519, ecdsa-p256-sha256 or rsa-pss-sha512).",
          "Thuật toán (mặc định: theo khoá: ed25519, ecdsa-p256-sha256 hoặc rsa-pss-sha512)."})
  String alg;

  @Option(names = "--components", paramLabel = "\"@method\" ...",
      description = {"Covered components, as in Signature-Input (default: \"@method\" \"@target-uri\").",
          "Các thành phần được ký, như trong Signature-Input (mặc định: \"@method\" \"@target-uri\")."})
  String components;

  @Option(names = "--label", defaultValue = "sig1",
      description = {"Signature label (default: ${DEFAULT-VALUE}).", "Nhãn chữ ký (mặc định: ${DEFAULT-VALUE})."})
  String label;

  @Option(names = "--profile", paramLabel = "libnet",
      description = {"Sign as the LibNet profile prescribes (label, components, digest, nonce, tag).",
          "Ký theo hồ sơ LibNet (nhãn, thành phần, digest, nonce, tag)."})
  String profile;

  @Option(names = "--scheme", defaultValue = "https",
      description = {"Scheme for a request line in origin form (default: ${DEFAULT-VALUE}).",
          "Lược đồ cho dòng yêu cầu dạng gốc (mặc định: ${DEFAULT-VALUE})."})
  String scheme;

  @Option(names = "--now", paramLabel = "EPOCH",
      description = {"Signing time in seconds since the epoch (default: now).", "Thời điểm ký, tính bằng giây từ epoch (mặc định: bây giờ)."})
  Long now;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Locale locale = language.locale();
    LibnetCli root = (LibnetCli) spec.root().userObject();
    String keyId = keyIdOld;
    if (keyId == null) {
      String missing = Cli.missing(isil, "--isil", "VN-...", "LIBNET_ISIL", "isil", locale);
      if (missing != null) {
        spec.commandLine().getErr().println(missing);
        return LibnetCli.USAGE_OR_IO;
      }
      keyId = isil + "#" + (keyName == null ? "k1" : keyName);
    }
    String missingKey = Cli.missing(keyFile, "--key", "PRIVATE.pem", "LIBNET_KEY", "key", locale);
    if (missingKey != null) {
      spec.commandLine().getErr().println(missingKey);
      return LibnetCli.USAGE_OR_IO;
    }
    if (profile != null && !"libnet".equals(profile)) {
      spec.commandLine().getErr().println(CliText.text(locale, "error.badEnum", "--profile", profile, "libnet")
          + " " + CliText.text(locale, "error.seeHelp", "libnet sign"));
      return LibnetCli.USAGE_OR_IO;
    }
    PrivateKey key = Cli.readPrivateKey(keyFile, locale);
    HttpMessage message = Cli.readHttpMessage(root.in(), scheme, "libnet sign", locale);
    SignatureAlgorithm algorithm = alg != null ? SignatureAlgorithm.fromName(alg) : Keys.defaultAlgorithm(key);
    Clock clock = now == null ? Clock.systemUTC() : Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
    HttpMessage signed;
    if ("libnet".equals(profile)) {
      signed = message.isRequest()
          ? LibnetSignatures.signRequest(message, keyId, algorithm, key, clock)
          : LibnetSignatures.signResponse(message, keyId, algorithm, key, clock);
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
