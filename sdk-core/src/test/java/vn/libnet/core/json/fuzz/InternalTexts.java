package vn.libnet.core.json.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Texts that must never reach a person in an issue or exception message (STYLE and issue 12: "no {@code
 * For input string}, {@code Index 12 out of bounds}, {@code EOFException}, {@code Illegal Capacity}"):
 * JDK and library exception messages, Java class names, and {@code null} standing where a value should be.
 * Shared by the fuzz tests of sdk-core and, through the test jar, sdk-marc.
 */
public final class InternalTexts {
  /** The patterns, each found anywhere in a message. */
  public static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("For input string"),
          Pattern.compile("out of bounds", Pattern.CASE_INSENSITIVE),
          Pattern.compile("EOFException"),
          Pattern.compile("Illegal Capacity"),
          Pattern.compile("NullPointer"),
          // a qualified class name, e.g. java.lang.String or vn.libnet.core.model.Library
          Pattern.compile("\\b(java|javax|jdk|sun|org\\.marc4j|com\\.fasterxml|vn\\.libnet)\\.[A-Za-z_$][\\w$.]*"),
          // a simple exception class name, e.g. NumberFormatException, StackOverflowError
          Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b"),
          // "null" as the whole message or as a quoted value: "...: null", "(null)", "= null"
          Pattern.compile("(^|[:=(\\[] ?)null($|[\\s,.;:)\\]])"),
          // the StAX and Jackson parsers' own message shapes
          Pattern.compile("ParseError at \\[row,col\\]"),
          Pattern.compile("\\[Source: "),
          Pattern.compile("\\(code \\d+\\)"),
          Pattern.compile("JsonToken\\."));

  /**
   * Kinds of finding (prefixes of {@link #violation} kinds, comma-separated in the system property {@code
   * fuzz.tolerate}) that a fuzzing run passes over, so that a finding already known and hit by almost
   * every input does not stop the search for others. Empty unless set; never set in the build.
   */
  private static final List<String> TOLERATED =
      List.of(System.getProperty("fuzz.tolerate", "").split(",")).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();

  /**
   * Known findings that nearly every input hits, passed over in every run until they are fixed. None
   * today: JsonDocuments no longer quotes Jackson's texts (JSON_SYNTAX gives line and column, JSON_BINDING
   * the JSON pointer and the model's type).
   */
  private static final List<String> KNOWN = List.of();

  private InternalTexts() {}

  /** Whether a finding of {@code kind} is passed over in this run ({@code -Dfuzz.tolerate=...}). */
  public static boolean tolerated(String kind) {
    return KNOWN.stream().anyMatch(kind::startsWith) || TOLERATED.stream().anyMatch(kind::startsWith);
  }

  /** The first pattern found in {@code text}, if any. */
  public static Optional<Pattern> find(String text) {
    // Input the message quotes as data (between “ and ”) is the user's own text, not an internal one.
    String own = text.replaceAll("“[^”]*”", "“”");
    for (Pattern p : PATTERNS) {
      if (p.matcher(own).find()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** A short name of {@code pattern}, for deduplicating findings by kind. */
  public static String shortName(Pattern pattern) {
    String which = pattern.pattern().replaceAll("\\W", "");
    return which.substring(0, Math.min(12, which.length()));
  }

  /**
   * An assertion error whose first stack frame names {@code kind}: Jazzer deduplicates findings by stack,
   * so one checker that throws from one line would otherwise count as a single finding whatever it found.
   */
  public static AssertionError violation(String kind, String message) {
    AssertionError e = new AssertionError(message);
    StackTraceElement[] stack = e.getStackTrace();
    StackTraceElement[] marked = new StackTraceElement[stack.length + 1];
    marked[0] = new StackTraceElement("invariant." + kind.replaceAll("[^A-Za-z0-9_]", "_"), "violated", null, -1);
    System.arraycopy(stack, 0, marked, 1, stack.length);
    e.setStackTrace(marked);
    return e;
  }
}
