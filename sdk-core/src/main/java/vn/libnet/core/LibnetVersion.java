package vn.libnet.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The SDK's version, as the build wrote it: {@code vn/libnet/core/version.properties} is filtered by
 * Maven from the one place the version is typed ({@code .mvn/maven.config}), as OkHttp's {@code
 * OkHttp.VERSION} and Jackson's {@code PackageVersion} are generated. No version is typed in code.
 */
public final class LibnetVersion {
  private static final String VERSION = read();

  private LibnetVersion() {}

  /**
   * The version of the SDK on the class path, a release number such as {@code 1.4.2}.
   *
   * @throws IllegalStateException (when the class is loaded) if the resource is missing or was not
   *     filtered, which means a broken build, never a user's mistake
   */
  public static String current() {
    return VERSION;
  }

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = LibnetVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("vn/libnet/core/version.properties is missing from sdk-core's jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version", "");
    if (v.isBlank() || v.contains("${")) {
      throw new IllegalStateException("sdk-core was built without filtering version.properties: " + v);
    }
    return v;
  }
}
