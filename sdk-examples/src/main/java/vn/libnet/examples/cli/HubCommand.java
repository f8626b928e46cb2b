package vn.libnet.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.testkit.LibnetTestHub;

/**
 * {@code libnet hub}: the reference hub of sdk-testkit, standalone on 127.0.0.1, for manual tests and for
 * {@code libnet conformance}. Prints its base URL, its public key (JWKS) and the administrator's private
 * key, with which keys of libraries can be registered through the API.
 */
@Command(
    name = "hub",
    description = {
      "Run the LibNet reference hub on 127.0.0.1 until stopped (Ctrl-C).",
      "Chạy hub tham chiếu LibNet trên 127.0.0.1 cho đến khi dừng (Ctrl-C)."
    })
final class HubCommand implements Callable<Integer> {
  @Option(names = "--port", description = "Port (0 for a free one; default ${DEFAULT-VALUE}) / Cổng", defaultValue = "8080")
  int port;

  @Option(names = "--data", description = "Keep data in this folder, kept across restarts / Lưu dữ liệu vào thư mục này")
  Path data;

  @Option(names = "--trust", description = "KEYID=PUBLIC.pem|JWK: trust a library key, e.g. 'VN-HaNoi-TVHN#k1=k1.pub.pem' / Tin cậy khoá")
  List<String> trust = new ArrayList<>();

  @Option(names = "--run-for", description = "Stop after this many seconds (0, the default: until stopped) / Dừng sau số giây này",
      defaultValue = "0")
  long runFor;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    LibnetTestHub.Builder b = LibnetTestHub.builder().port(port).dataDirectory(data);
    for (String t : trust) {
      b.trust(trusted(t));
    }
    CountDownLatch stop = new CountDownLatch(1);
    try (LibnetTestHub hub = b.start()) {
      Thread hook = new Thread(stop::countDown, "libnet-hub-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println(CliText.text(locale, "hub.started", hub.baseUrl()));
      out.println(CliText.text(locale, "hub.key", hub.hubKey().keyId()));
      out.println(hub.jwks());
      out.println(CliText.text(locale, "hub.admin", LibnetTestHub.ADMIN_KEY_ID));
      out.print(Keys.toPem(hub.adminKey()));
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
    }
    out.println(CliText.text(locale, "hub.stopped"));
    return 0;
  }

  private VerificationKey trusted(String spec) throws java.io.IOException {
    int eq = spec.indexOf('=');
    if (eq <= 0 || spec.indexOf('#') < 0 || spec.indexOf('#') > eq) {
      throw new ParameterException(this.spec.commandLine(), "--trust takes KEYID=FILE with KEYID like VN-HaNoi-TVHN#k1, not " + spec);
    }
    String keyId = spec.substring(0, eq);
    String text = Files.readString(Path.of(spec.substring(eq + 1)));
    Key key = text.strip().startsWith("{") ? Keys.publicFromJwk(text) : Keys.publicKeyFromPem(text);
    return new VerificationKey(keyId, Keys.defaultAlgorithm(key), key);
  }
}
