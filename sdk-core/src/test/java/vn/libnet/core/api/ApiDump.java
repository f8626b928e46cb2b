package vn.libnet.core.api;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public surface of a module, as a text file committed beside it ({@code api/<module>.api}), in the
 * way OkHttp keeps {@code okhttp/api/okhttp.api}: a change to the surface shows in review as a change to
 * that file, and a test fails when the classes and the file disagree.
 *
 * <p>Read by reflection from the module's own compiled classes ({@code target/classes}). A type is in
 * the surface when it and every type enclosing it are public or protected, and its package is not an
 * {@code ...internal} one; its members are the public and protected constructors, methods and fields it
 * declares, plus those it inherits from a superclass outside the surface (a package-private base class
 * whose public methods callers still see). Synthetic and bridge members are left out.
 *
 * <p>The format, one line per type followed by its members indented by two spaces, types and members
 * sorted, generic signatures as {@link Class#toGenericString()} and {@link Method#toGenericString()}
 * write them without the declaring class:
 *
 * <pre>
 * public final class vn.libnet.core.id.Isbn implements java.lang.Comparable&lt;vn.libnet.core.id.Isbn&gt;
 *   public static vn.libnet.core.id.Isbn parse(java.lang.String)
 * </pre>
 *
 * <p>To accept a change of the surface, regenerate the dumps and commit them with the change: {@code mvn
 * -B -ntp verify -Dlibnet.api.update=true} (or {@code -pl <module> test} for one module).
 */
public final class ApiDump {
  /** The system property that makes {@link #assertMatchesCommittedDump(String)} rewrite the dump. */
  public static final String UPDATE_PROPERTY = "libnet.api.update";

  private ApiDump() {}

  /**
   * Asserts that the surface of the classes in {@code target/classes} equals {@code api/<module>.api}
   * (both relative to the working directory, a module's base directory under Surefire), failing with the
   * lines that differ; with {@code -Dlibnet.api.update=true} writes the file instead.
   */
  public static void assertMatchesCommittedDump(String module) {
    Path dumpFile = Path.of("api", module + ".api");
    String actual = dump(Path.of("target", "classes"), ApiDump.class.getClassLoader());
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(dumpFile.getParent());
        Files.writeString(dumpFile, actual, StandardCharsets.UTF_8);
        return;
      }
      String committed = Files.exists(dumpFile) ? Files.readString(dumpFile, StandardCharsets.UTF_8) : "";
      if (!committed.equals(actual)) {
        fail("The public API of " + module + " differs from " + dumpFile.toAbsolutePath() + " (- only in the dump, + only in"
            + " the classes). If the change is meant, regenerate with -D" + UPDATE_PROPERTY + "=true and commit the dump.\n"
            + diff(committed, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The surface of the classes under {@code classes}, loaded (not initialised) through {@code loader}. */
  public static String dump(Path classes, ClassLoader loader) {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = classes.relativize(f).toString().replace(java.io.File.separatorChar, '/');
        if (!name.endsWith(".class") || name.endsWith("package-info.class") || name.endsWith("module-info.class")) {
          continue;
        }
        Class<?> c = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
        if (exported(c)) {
          types.add(c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("A class under " + classes + " is not on the class path", e);
    }
    types.sort((a, b) -> a.getName().compareTo(b.getName()));
    StringBuilder out = new StringBuilder();
    for (Class<?> c : types) {
      out.append(header(c)).append('\n');
      for (String m : members(c)) {
        out.append("  ").append(m).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  static boolean exported(Class<?> c) {
    if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass() || c.getPackageName().contains(".internal")) {
      return false;
    }
    for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
      if (!visible(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String header(Class<?> c) {
    StringBuilder h = new StringBuilder(c.toGenericString());
    Type sup = c.getGenericSuperclass();
    if (sup != null && sup != Object.class && c.getSuperclass() != Enum.class && c.getSuperclass() != Record.class) {
      h.append(" extends ").append(sup.getTypeName());
    }
    Type[] interfaces = c.getGenericInterfaces();
    if (interfaces.length > 0) {
      h.append(c.isInterface() ? " extends " : " implements ")
          .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    return h.toString();
  }

  private static Set<String> members(Class<?> c) {
    Set<String> lines = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    for (Class<?> t = c; t != null && (t == c || !exported(t)) && t != Object.class; t = t.getSuperclass()) {
      boolean inherited = t != c;
      for (Method m : t.getDeclaredMethods()) {
        if (shown(m, m.getModifiers()) && !m.isBridge() && seen.add(m.getName() + Arrays.toString(m.getParameterTypes()))) {
          lines.add(strip(m.toGenericString(), t));
        }
      }
      for (Field f : t.getDeclaredFields()) {
        if (shown(f, f.getModifiers()) && seen.add(f.getName())) {
          lines.add(strip(f.toGenericString(), t));
        }
      }
      if (!inherited) {
        for (Constructor<?> k : t.getDeclaredConstructors()) {
          if (shown(k, k.getModifiers())) {
            lines.add(strip(k.toGenericString(), t));
          }
        }
      }
    }
    return lines;
  }

  private static boolean shown(Member m, int modifiers) {
    return !m.isSynthetic() && visible(modifiers) && !(m instanceof Executable e && e.isSynthetic());
  }

  // "public static Isbn vn.libnet.core.id.Isbn.parse(String)" -> "public static Isbn parse(String)"
  private static String strip(String signature, Class<?> declaring) {
    return signature.replace(declaring.getTypeName() + ".", "");
  }

  /** The lines only in {@code expected} (-) and only in {@code actual} (+), each under its type. */
  static String diff(String expected, String actual) {
    List<String> before = lines(expected);
    List<String> after = lines(actual);
    StringBuilder d = new StringBuilder();
    Set<String> inBefore = new HashSet<>(before);
    Set<String> inAfter = new HashSet<>(after);
    String type = null;
    for (String l : before) {
      type = l.startsWith(" ") ? type : l;
      if (!inAfter.contains(l)) {
        d.append("- ").append(l.startsWith(" ") ? type + " :: " + l.strip() : l).append('\n');
      }
    }
    type = null;
    for (String l : after) {
      type = l.startsWith(" ") ? type : l;
      if (!inBefore.contains(l)) {
        d.append("+ ").append(l.startsWith(" ") ? type + " :: " + l.strip() : l).append('\n');
      }
    }
    return d.toString();
  }

  private static List<String> lines(String text) {
    return text.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
  }
}
