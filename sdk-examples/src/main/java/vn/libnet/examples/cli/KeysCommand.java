package vn.libnet.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.core.id.Isil;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;

/** {@code libnet keys generate}: a signing key pair for a library, as PEM and JWK. */
@Command(
    name = "keys",
    description = {"Signing keys for the LibNet network.", "Khoá ký cho mạng LibNet."},
    subcommands = {KeysCommand.Generate.class, LibnetHelp.class})
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code libnet keys generate --alg A --isil VN-… --key-name K1 --out DIR [--force]}. */
  @Command(
      name = "generate",
      description = {
        "Generate a key pair: private key PKCS#8 PEM (file mode 600), public key PEM and JWK.",
        "Tạo cặp khoá: khoá bí mật PKCS#8 PEM (quyền 600), khoá công khai PEM và JWK.",
        "An existing key is never replaced unless --force.",
        "Không bao giờ ghi đè khoá đã có, trừ khi có --force."
      })
  static final class Generate implements Callable<Integer> {
    enum Alg {
      ed25519,
      ecdsa_p256,
      rsa_pss
    }

    @Option(names = "--alg", defaultValue = "ed25519", paramLabel = "ed25519|ecdsa-p256|rsa-pss", converter = AlgConverter.class,
        description = {"Algorithm (default: ${DEFAULT-VALUE}).", "Thuật toán (mặc định: ${DEFAULT-VALUE})."})
    Alg alg;

    @Option(names = "--isil", paramLabel = "VN-...",
        description = {"The library's ISIL (default: LIBNET_ISIL or isil in the config file).",
            "ISIL của thư viện (mặc định: LIBNET_ISIL hoặc isil trong tệp cấu hình)."})
    String isil;

    @Option(names = "--key-name", paramLabel = "K1",
        description = {"The key's name; the key id is ISIL#NAME (default: LIBNET_KEY_NAME, else k1).",
            "Tên khoá; mã khoá là ISIL#NAME (mặc định: LIBNET_KEY_NAME, nếu không thì k1)."})
    String name;

    // The old spelling, kept for one release.
    @Option(names = "--name", hidden = true)
    String nameOld;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
        description = {"Directory for the key files.", "Thư mục chứa các tệp khoá."})
    Path out;

    @Option(names = "--force",
        description = {"Replace key files that already exist.", "Ghi đè các tệp khoá đã có."})
    boolean force;

    @Mixin LanguageOption language;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, GeneralSecurityException {
      Locale locale = language.locale();
      if (nameOld != null) {
        name = nameOld;
      } else if (name == null) {
        name = "k1";
      }
      String missing = Cli.missing(isil, "--isil", "VN-...", "LIBNET_ISIL", "isil", locale);
      if (missing != null) {
        spec.commandLine().getErr().println(missing);
        return LibnetCli.USAGE_OR_IO;
      }
      String library = Isil.parse(isil).toString();
      if (!name.matches("[A-Za-z0-9._-]{1,32}")) {
        spec.commandLine().getErr().println(CliText.text(locale, "keys.badName", name));
        return LibnetCli.USAGE_OR_IO;
      }
      KeyPair pair;
      SignatureAlgorithm signatureAlgorithm;
      switch (alg) {
        case ecdsa_p256 -> {
          KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
          g.initialize(new ECGenParameterSpec("secp256r1"));
          pair = g.generateKeyPair();
          signatureAlgorithm = SignatureAlgorithm.ECDSA_P256_SHA256;
        }
        case rsa_pss -> {
          KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
          g.initialize(3072);
          pair = g.generateKeyPair();
          signatureAlgorithm = SignatureAlgorithm.RSA_PSS_SHA512;
        }
        default -> {
          pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
          signatureAlgorithm = SignatureAlgorithm.ED25519;
        }
      }
      Files.createDirectories(out);
      String stem = library + "_" + name;
      Path privateFile = out.resolve(stem + ".key.pem");
      Path publicFile = out.resolve(stem + ".pub.pem");
      Path jwkFile = out.resolve(stem + ".jwk.json");
      if (!force) {
        // A key already registered with the hub is an identity: losing it by a repeated command is not undoable.
        for (Path existing : new Path[] {privateFile, publicFile, jwkFile}) {
          if (Files.exists(existing)) {
            spec.commandLine().getErr().println(CliText.text(locale, "keys.exists", existing));
            return LibnetCli.USAGE_OR_IO;
          }
        }
      }
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        // created with mode 600 before the secret is written, so it is never readable by others
        Files.deleteIfExists(privateFile);
        Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(privateFile, Keys.toPem(pair.getPrivate()), StandardCharsets.US_ASCII);
      Files.writeString(publicFile, Keys.toPem(pair.getPublic()), StandardCharsets.US_ASCII);
      Map<String, String> jwk = new LinkedHashMap<>(Keys.toPublicJwk(pair.getPublic()));
      jwk.put("kid", library + "#" + name);
      jwk.put("alg", signatureAlgorithm.rfcName());
      jwk.put("use", "sig");
      Files.writeString(jwkFile, LibnetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(jwk) + "\n", StandardCharsets.UTF_8);
      spec.commandLine().getOut().println(CliText.text(locale, "keys.generated", library + "#" + name, signatureAlgorithm.rfcName(), privateFile, publicFile, jwkFile));
      return 0;
    }
  }

  /** Accepts ecdsa-p256 and rsa-pss as written in the documentation. */
  static final class AlgConverter implements picocli.CommandLine.ITypeConverter<Generate.Alg> {
    @Override
    public Generate.Alg convert(String value) {
      return Generate.Alg.valueOf(value.strip().toLowerCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
