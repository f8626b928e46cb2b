package vn.libnet.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of a command that talks to a hub as a library ({@code --hub}, {@code --isil}, {@code --key},
 * {@code --key-name}), each defaulting to its {@code LIBNET_*} variable or config-file entry, and the checks
 * every such command makes before it starts.
 */
final class HubIdentity {
  @Option(names = "--hub", paramLabel = "URL",
      description = {"The hub's base URL, e.g. http://127.0.0.1:8080/ (default: LIBNET_HUB or hub in the config file).",
          "Địa chỉ gốc của hub, ví dụ http://127.0.0.1:8080/ (mặc định: LIBNET_HUB hoặc hub trong tệp cấu hình)."})
  String hub;

  @Option(names = "--isil", paramLabel = "VN-...",
      description = {"The library that signs (default: LIBNET_ISIL or isil in the config file).",
          "Thư viện ký các yêu cầu (mặc định: LIBNET_ISIL hoặc isil trong tệp cấu hình)."})
  String isil;

  @Option(names = "--key", paramLabel = "PRIVATE.pem",
      description = {"The library's private key, PKCS#8 PEM (default: LIBNET_KEY or key in the config file).",
          "Khoá bí mật của thư viện, PKCS#8 PEM (mặc định: LIBNET_KEY hoặc key trong tệp cấu hình)."})
  Path key;

  @Option(names = "--key-name", paramLabel = "NAME", defaultValue = "k1",
      description = {"The key's name: the key id is ISIL#NAME (default: LIBNET_KEY_NAME, else ${DEFAULT-VALUE}).",
          "Tên khoá: mã khoá là ISIL#NAME (mặc định: LIBNET_KEY_NAME, nếu không thì ${DEFAULT-VALUE})."})
  String keyName;

  /** The one line saying what is missing (the hub given as {@code hub}, which may come from an old spelling), or {@code null}. */
  String missing(String hub, Locale locale) {
    for (String m : new String[] {
        Cli.missing(hub, "--hub", "URL", "LIBNET_HUB", "hub", locale),
        Cli.missing(isil, "--isil", "VN-...", "LIBNET_ISIL", "isil", locale),
        Cli.missing(key, "--key", "PRIVATE.pem", "LIBNET_KEY", "key", locale)}) {
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** The key id, {@code ISIL#NAME}. */
  String keyId() {
    return isil + "#" + keyName;
  }

  /** The private key, or a one-line {@link Cli.UserError} naming the file. */
  PrivateKey privateKey(Locale locale) throws IOException {
    return Cli.readPrivateKey(key, locale);
  }
}
