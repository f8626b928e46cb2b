package vn.libnet.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.NonceCache;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.SignatureVerifier;
import vn.libnet.core.signature.VerificationKey;

/** {@code libnet verify}: checks the signatures of an HTTP message read from standard input. */
@Command(
    name = "verify",
    description = {
      "Verify the RFC 9421 signatures of a plain HTTP/1.1 message from standard input.",
      "Kiểm tra chữ ký RFC 9421 của thông điệp HTTP/1.1 đọc từ đầu vào chuẩn.",
      "Exit 0: a signature verified; 1: refused, with the reason; 2: usage or I/O error.",
      "Mã thoát 0: chữ ký hợp lệ; 1: bị từ chối, kèm lý do; 2: lỗi cách dùng hoặc đọc ghi."
    })
final class VerifyCommand implements Callable<Integer> {
  @Option(names = "--key", required = true, paramLabel = "PUBLIC.pem|JWKS",
      description = {"Public key (PEM) or a JWK or JWKS file.", "Khoá công khai (PEM) hoặc tệp JWK, JWKS."})
  Path keyFile;

  @Option(names = "--alg", paramLabel = "ALG",
      description = {"Algorithm bound to a PEM key (default: from the key).", "Thuật toán gắn với khoá PEM (mặc định: theo khoá)."})
  String alg;

  @Option(names = "--profile", paramLabel = "libnet",
      description = {"Apply the LibNet profile's policy.", "Áp dụng chính sách của hồ sơ LibNet."})
  String profile;

  @Option(names = "--request", paramLabel = "request.http",
      description = {"For a response: the request it answers.", "Với phản hồi: yêu cầu mà nó trả lời."})
  Path requestFile;

  @Option(names = "--scheme", defaultValue = "https",
      description = {"Scheme for a request line in origin form (default: ${DEFAULT-VALUE}).",
          "Lược đồ cho dòng yêu cầu dạng gốc (mặc định: ${DEFAULT-VALUE})."})
  String scheme;

  @Option(names = "--public-url", paramLabel = "URL",
      description = {"For a request: the verifier's own public base URL (default: the request's own scheme and authority).",
          "Với yêu cầu: địa chỉ công khai của bên kiểm tra (mặc định: lược đồ và máy chủ của chính yêu cầu)."})
  java.net.URI publicUrl;

  @Option(names = "--now", paramLabel = "EPOCH",
      description = {"The current time in seconds since the epoch (default: now).", "Thời điểm hiện tại, tính bằng giây từ epoch (mặc định: bây giờ)."})
  Long now;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Locale locale = language.locale();
    LibnetCli root = (LibnetCli) spec.root().userObject();
    String keyText;
    try {
      keyText = Files.readString(keyFile, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new Cli.UserError(CliText.text(locale, "error.publicKey", keyFile));
    }
    HttpMessage message = Cli.readHttpMessage(root.in(), scheme, "libnet verify", locale);
    if (requestFile != null && !message.isRequest()) {
      HttpMessage request = HttpMessage.parse(Files.readString(requestFile, StandardCharsets.UTF_8), scheme);
      HttpMessage.Builder b = HttpMessage.response(message.status()).request(request).body(message.body());
      message.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
      message = b.build();
    }
    if (profile != null && !"libnet".equals(profile)) {
      spec.commandLine().getErr().println(CliText.text(locale, "error.badEnum", "--profile", profile, "libnet")
          + " " + CliText.text(locale, "error.seeHelp", "libnet verify"));
      return LibnetCli.USAGE_OR_IO;
    }
    KeyResolver keys;
    try {
      keys = resolver(keyText);
    } catch (IllegalArgumentException e) {
      var json = CliErrors.find(e, com.fasterxml.jackson.core.JsonProcessingException.class);
      throw new Cli.UserError(json != null && json.getLocation() != null
          ? CliText.text(locale, "error.jsonFile", keyFile, json.getLocation().getLineNr(), json.getLocation().getColumnNr())
          : CliText.text(locale, "error.publicKey", keyFile));
    }
    Clock clock = now == null ? Clock.systemUTC() : Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
    SignatureVerifier verifier;
    if ("libnet".equals(profile)) {
      verifier = message.isRequest()
          ? LibnetSignatures.requestVerifier(keys, new NonceCache(16), clock,
              java.util.List.of(publicUrl != null ? publicUrl : message.targetUri().resolve("/")))
          : LibnetSignatures.responseVerifier(keys, clock);
    } else {
      verifier = SignatureVerifier.builder().keys(keys).clock(clock).build();
    }
    try {
      SignatureVerifier.Verified v = verifier.verify(message);
      spec.commandLine().getOut().println(CliText.text(locale, "verify.ok", v.label(), v.key().keyId(), v.key().algorithm().rfcName()));
      return 0;
    } catch (HttpSignatureException e) {
      spec.commandLine().getOut().println(CliText.text(locale, "verify.refused", e.failure().name(), e.message(locale)));
      return 1;
    }
  }

  // A JWKS (or one JWK) binds each kid to its key; a PEM key is trusted under any key id, with one algorithm.
  private KeyResolver resolver(String text) {
    if (text.strip().startsWith("{")) {
      Map<String, Key> jwks = text.contains("\"keys\"") ? Keys.fromJwks(text) : Keys.fromJwks("{\"keys\":[" + text + "]}");
      return id -> Optional.ofNullable(jwks.get(id))
          .map(k -> new VerificationKey(id, alg != null ? SignatureAlgorithm.fromName(alg) : Keys.defaultAlgorithm(k), k));
    }
    Key key = Keys.publicKeyFromPem(text);
    SignatureAlgorithm algorithm = alg != null ? SignatureAlgorithm.fromName(alg) : Keys.defaultAlgorithm(key);
    return id -> Optional.of(new VerificationKey(id, algorithm, key));
  }
}
