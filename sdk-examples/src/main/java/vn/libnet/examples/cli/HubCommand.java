package vn.libnet.examples.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.testkit.LibnetTestHub;

/**
 * {@code libnet hub}: the reference hub of sdk-testkit, standalone (on the loopback address unless {@code
 * --bind} says otherwise), for manual tests and for {@code libnet conformance}. Prints its base URL, the
 * public URLs signed requests must target, its public key (JWKS) and where the administrator's private key
 * is: a file readable by its owner only (in the {@code --data} folder, or a fresh temporary folder deleted
 * when the hub stops), never the key itself, so that it does not end up in terminal logs. {@code libnet hub
 * recover} ({@link HubRecoverCommand}) mends a data folder whose log is damaged.
 */
@Command(
    name = "hub",
    description = {
      "Run the LibNet reference hub on the loopback address (or --bind) until stopped (Ctrl-C).",
      "Chạy hub tham chiếu LibNet trên địa chỉ loopback (hoặc --bind) cho đến khi dừng (Ctrl-C)."
    },
    subcommands = {HubRecoverCommand.class, LibnetHelp.class})
final class HubCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = {"Port (0 for a free one; default ${DEFAULT-VALUE}).", "Cổng (0 để chọn cổng trống; mặc định ${DEFAULT-VALUE})."})
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = {"Address to listen on (default ${DEFAULT-VALUE}).", "Địa chỉ lắng nghe (mặc định ${DEFAULT-VALUE})."})
  InetAddress bind;

  @Option(names = "--public-url", paramLabel = "URL",
      description = {"Public base URL that signed requests must target, repeatable (default: the bound URL).",
          "Địa chỉ công khai mà yêu cầu đã ký phải nhắm tới, có thể lặp lại (mặc định: địa chỉ đang lắng nghe)."})
  List<URI> publicUrls = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR",
      description = {"Keep data in this folder, kept across restarts.", "Lưu dữ liệu vào thư mục này, giữ qua các lần khởi động lại."})
  Path data;

  @Option(names = "--trust", paramLabel = "KEYID=FILE",
      description = {"KEYID=PUBLIC.pem|JWK: trust a library key, e.g. 'VN-HaNoi-TVHN#k1=k1.pub.pem'; repeatable.",
          "KEYID=PUBLIC.pem|JWK: tin cậy khoá của một thư viện, ví dụ 'VN-HaNoi-TVHN#k1=k1.pub.pem'; có thể lặp lại."})
  List<String> trust = new ArrayList<>();

  @Option(names = "--library", paramLabel = "LIBRARY.json",
      description = {"Register this library profile at start, as the administrator would (e.g. a provincial library, which only the "
          + "administrator may designate); repeatable. A profile the hub already holds is kept.",
          "Đăng ký hồ sơ thư viện này khi khởi động, như quản trị viên (ví dụ thư viện cấp tỉnh, chỉ quản trị viên được chỉ định); "
          + "có thể lặp lại. Hồ sơ hub đã có thì được giữ nguyên."})
  List<Path> libraries = new ArrayList<>();

  @Option(names = "--run-for", paramLabel = "SECONDS", defaultValue = "0",
      description = {"Stop after this many seconds (0, the default: until stopped).",
          "Dừng sau số giây này (0, mặc định: chạy đến khi bị dừng)."})
  long runFor;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = {"Close a connection silent this long (default ${DEFAULT-VALUE}).",
          "Đóng kết nối im lặng lâu như vậy (mặc định ${DEFAULT-VALUE})."})
  long idleTimeout;

  @Option(names = "--connections-per-address", paramLabel = "N", defaultValue = "256",
      description = {"Connections one remote address may hold open (default ${DEFAULT-VALUE}).",
          "Số kết nối một địa chỉ từ xa được giữ cùng lúc (mặc định ${DEFAULT-VALUE})."})
  int connectionsPerAddress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    LibnetTestHub.Builder b = LibnetTestHub.builder().port(port).bind(bind).dataDirectory(data);
    try {
      b.idleTimeout(java.time.Duration.ofSeconds(idleTimeout)).connectionsPerAddress(connectionsPerAddress);
    } catch (IllegalArgumentException e) {
      throw new Cli.UserError(CliText.text(locale, "hub.badLimit", idleTimeout, connectionsPerAddress));
    }
    try {
      b.publicUrl(publicUrls.toArray(URI[]::new));
    } catch (IllegalArgumentException e) {
      throw new Cli.UserError(CliText.text(locale, "hub.badPublicUrl",
          publicUrls.stream().map(URI::toString).collect(Collectors.joining(", "))));
    }
    for (String t : trust) {
      b.trust(trusted(t));
    }
    CountDownLatch stop = new CountDownLatch(1);
    Path keyDir = null;
    try (LibnetTestHub hub = b.start()) {
      Thread hook = new Thread(stop::countDown, "libnet-hub-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      Path adminKey = hub.adminKeyFile().orElse(null);
      if (adminKey == null) {
        // A hub in memory still needs an administrator: its key goes to a folder of the operator's alone.
        keyDir = privateTempDirectory();
        adminKey = hub.writeAdminKey(keyDir.resolve("admin.key.pem"));
      }
      for (Path f : libraries) {
        seed(hub, f, locale);
      }
      out.println(CliText.text(locale, "hub.started", hub.baseUrl()));
      out.println(CliText.text(locale, "hub.public", hub.publicUrls().stream().map(URI::toString).collect(Collectors.joining(", "))));
      out.println(CliText.text(locale, "hub.key", hub.hubKey().keyId()));
      out.println(hub.jwks());
      out.println(CliText.text(locale, "hub.admin", LibnetTestHub.ADMIN_KEY_ID, adminKey.toAbsolutePath()));
      out.println(CliText.text(locale, "hub.trusted", trust.size()));
      out.flush();
      if (runFor > 0) {
        stop.await(runFor, TimeUnit.SECONDS);
      } else {
        stop.await();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already stopping: the hook ran
      }
    } finally {
      // The key of a hub in memory is worth nothing once it stops.
      if (keyDir != null) {
        Files.deleteIfExists(keyDir.resolve("admin.key.pem"));
        Files.deleteIfExists(keyDir);
      }
    }
    out.println(CliText.text(locale, "hub.stopped"));
    return 0;
  }

  /** Registers the profile in {@code file} unless the hub holds one for its ISIL; a bad file stops the start. */
  private void seed(LibnetTestHub hub, Path file, Locale locale) throws java.io.IOException {
    if (!Files.isReadable(file)) {
      throw new Cli.UserError(CliText.text(locale, "error.noFile", file));
    }
    vn.libnet.core.model.Library l;
    try {
      l = vn.libnet.core.json.LibnetJson.mapper().readValue(file.toFile(), vn.libnet.core.model.Library.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new Cli.UserError(CliText.text(locale, "error.jsonFile", file,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
    }
    if (l.isil() != null && held(hub, l.isil())) {
      return;
    }
    try {
      hub.seedLibrary(l);
    } catch (IllegalArgumentException refused) {
      throw new Cli.UserError(CliText.text(locale, "hub.libraryRefused", file, refused.getMessage()));
    }
  }

  /** Whether the hub already holds a profile for {@code isil}, by its own public read. */
  private static boolean held(LibnetTestHub hub, String isil) {
    try {
      java.net.http.HttpResponse<Void> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
          URI.create(hub.baseUrl() + "v1/libraries/" + java.net.URLEncoder.encode(isil, java.nio.charset.StandardCharsets.UTF_8))).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path privateTempDirectory() throws java.io.IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempDirectory("libnet-hub-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    return Files.createTempDirectory("libnet-hub-");
  }

  private VerificationKey trusted(String spec) throws java.io.IOException {
    int eq = spec.indexOf('=');
    if (eq <= 0 || spec.indexOf('#') < 0 || spec.indexOf('#') > eq) {
      throw new Cli.UserError(CliText.text(language.locale(), "hub.badTrust", spec));
    }
    String keyId = spec.substring(0, eq);
    String text = Files.readString(Path.of(spec.substring(eq + 1)));
    Key key = text.strip().startsWith("{") ? Keys.publicFromJwk(text) : Keys.publicKeyFromPem(text);
    return new VerificationKey(keyId, Keys.defaultAlgorithm(key), key);
  }
}
