package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for the values a person would otherwise repeat on every call: a flag wins over the environment
 * ({@code LIBNET_HUB}, {@code LIBNET_ISIL}, {@code LIBNET_KEY}, {@code LIBNET_KEY_NAME}), which wins over
 * the configuration file ({@code --config FILE}, else {@code $XDG_CONFIG_HOME/libnet/config.properties} or
 * {@code ~/.config/libnet/config.properties}, keys {@code hub}, {@code isil}, {@code key}, {@code
 * key.name}). Also the default of {@code --lang}, decided from the environment before parsing.
 */
final class CliConfig implements IDefaultValueProvider {
  private final Map<String, String> env;
  private final Properties file;
  private final Locale locale;

  CliConfig(Map<String, String> env, Properties file, Locale locale) {
    this.env = env;
    this.file = file;
    this.locale = locale;
  }

  static Path defaultFile(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("libnet").resolve("config.properties");
  }

  /** The file's settings; a missing default file is no settings, a missing file named by {@code --config} an error. */
  static Properties load(Path path, boolean named) throws IOException {
    Properties p = new Properties();
    if (path == null || (!named && !Files.exists(path))) {
      return p;
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    return switch (option.longestName()) {
      case "--hub" -> lookup("LIBNET_HUB", "hub");
      case "--isil" -> lookup("LIBNET_ISIL", "isil");
      // verify's --key is someone else's public key, not this library's private key
      case "--key" -> isVerify(option) ? null : lookup("LIBNET_KEY", "key");
      case "--key-name" -> lookup("LIBNET_KEY_NAME", "key.name");
      case "--lang" -> locale.getLanguage().equals("vi") ? "vi" : "en";
      default -> null;
    };
  }

  private static boolean isVerify(OptionSpec option) {
    return option.command() != null && option.command().name().equals("verify");
  }

  private String lookup(String variable, String key) {
    String v = env.get(variable);
    if (v != null && !v.isBlank()) {
      return v.strip();
    }
    v = file.getProperty(key);
    return v != null && !v.isBlank() ? v.strip() : null;
  }
}
