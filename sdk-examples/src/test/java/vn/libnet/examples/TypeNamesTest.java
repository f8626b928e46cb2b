package vn.libnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two SDK types share a simple name, and none takes the name of a JDK type a user's file is likely to
 * import beside it (as {@code SignatureException} did with {@code java.security.SignatureException}):
 * an import that needs a fully qualified name on every line is a trap.
 *
 * <p>Scans the main classes of every SDK library on this module's class path (sdk-core, sdk-marc,
 * sdk-client, sdk-testkit) and of sdk-examples itself; sdk-benchmarks is built after this module and is
 * not a library. Nested types are left out: {@code LibnetClient.Builder} and {@code LibnetTestHub.Builder}
 * are always written with their outer type.
 */
class TypeNamesTest {
  /** The JDK packages a user of the SDK imports beside it. */
  private static final List<String> JDK_PACKAGES = List.of("java.lang", "java.util", "java.util.concurrent",
      "java.util.function", "java.util.stream", "java.io", "java.nio", "java.nio.file", "java.nio.charset", "java.net",
      "java.net.http", "java.security", "java.security.cert", "java.security.spec", "java.time", "java.text", "javax.crypto");

  private static final Pattern SDK_JAR = Pattern.compile("sdk-[a-z]+-[0-9][^/]*(?<!-tests)\\.jar");

  @Test
  void noTwoSdkTypesShareASimpleName() {
    Map<String, List<String>> byName = new TreeMap<>();
    for (String type : sdkTypes()) {
      byName.computeIfAbsent(type.substring(type.lastIndexOf('.') + 1), k -> new ArrayList<>()).add(type);
    }
    // Sanity: the scan saw every library, not an empty class path.
    assertThat(byName.values().stream().flatMap(List::stream))
        .contains("vn.libnet.core.error.LibnetException", "vn.libnet.marc.io.MarcReadException",
            "vn.libnet.client.LibnetClientException", "vn.libnet.testkit.LibnetTestHub", "vn.libnet.examples.cli.LibnetCli");
    Map<String, List<String>> shared = new TreeMap<>(byName);
    shared.values().removeIf(types -> types.size() < 2);
    assertThat(shared).as("SDK types that share a simple name").isEmpty();
  }

  @Test
  void noSdkTypeTakesTheNameOfACommonJdkType() {
    // The check itself finds the clash this rule was made for.
    assertThat(jdkClashes(Set.of("vn.libnet.core.signature.SignatureException")))
        .containsEntry("vn.libnet.core.signature.SignatureException", "java.security.SignatureException");
    assertThat(jdkClashes(sdkTypes())).as("SDK types named like a JDK type").isEmpty();
  }

  private static Map<String, String> jdkClashes(Set<String> types) {
    Map<String, String> clashes = new TreeMap<>();
    for (String type : types) {
      String simple = type.substring(type.lastIndexOf('.') + 1);
      for (String pkg : JDK_PACKAGES) {
        try {
          Class<?> jdk = Class.forName(pkg + "." + simple, false, ClassLoader.getPlatformClassLoader());
          if (Modifier.isPublic(jdk.getModifiers())) {
            clashes.put(type, jdk.getName());
          }
        } catch (ClassNotFoundException absent) {
          // no such JDK type: fine
        }
      }
    }
    return clashes;
  }

  /** The top-level types, public or not, in the SDK's main class folders and jars on the class path. */
  private static Set<String> sdkTypes() {
    Set<String> types = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      boolean classes = Files.isDirectory(p) && p.endsWith(Path.of("target", "classes"));
      boolean jar = Files.isRegularFile(p) && SDK_JAR.matcher(p.getFileName().toString()).matches();
      if (classes) {
        collect(p, types);
      } else if (jar) {
        try (FileSystem fs = FileSystems.newFileSystem(p)) {
          collect(fs.getPath("/"), types);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return types;
  }

  private static void collect(Path root, Set<String> into) {
    Path base = root.resolve("vn/libnet");
    if (!Files.isDirectory(base)) {
      return;
    }
    try (Stream<Path> files = Files.walk(base)) {
      files.map(f -> root.relativize(f).toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .forEach(into::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
