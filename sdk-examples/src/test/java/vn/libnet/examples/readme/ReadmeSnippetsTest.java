package vn.libnet.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} code block of README.md is a region of compiled code, between {@code // README:
 * name} and {@code // END README} in this package's sources, equal line for line once the common
 * indentation is removed; and every region is shown in the README. So the README's code compiles, runs
 * (ReadmeExamplesTest, ExportTest) and cannot drift from what is tested.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCES = Path.of("src", "test", "java", "vn", "libnet", "examples", "readme");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern REGION = Pattern.compile("(?m)^[ \\t]*// README: (\\S+)\\n(.*?)^[ \\t]*// END README$", Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheReadmeIsACompiledRegionAndEveryRegionIsShown() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
    while (m.find()) {
      blocks.add(normalise(m.group(1)));
    }
    Map<String, String> regions = regions();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(9);
    assertThat(regions).hasSizeGreaterThanOrEqualTo(9);
    for (String block : blocks) {
      assertThat(regions.values()).as("README block without a compiled region:\n%s", block).contains(block);
    }
    regions.forEach((name, code) -> assertThat(blocks).as("region %s is not in the README", name).contains(code));
  }

  @Test
  void everyVersionTheReadmeShowsIsTheBuildsVersion() throws IOException {
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(README, StandardCharsets.UTF_8));
    List<String> versions = new ArrayList<>();
    while (m.find()) {
      versions.add(m.group(1));
    }
    assertThat(versions).isNotEmpty().containsOnly(vn.libnet.core.LibnetVersion.current());
  }

  @Test
  void theComparisonIgnoresIndentationButNotCode() {
    assertThat(normalise("    a();\n      b();\n")).isEqualTo("a();\n  b();\n");
    assertThat(normalise("a();\n")).isNotEqualTo(normalise("a(1);\n"));
  }

  private static Map<String, String> regions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
        Matcher m = REGION.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          assertThat(regions.put(m.group(1), normalise(m.group(2)))).as("region %s twice", m.group(1)).isNull();
        }
      }
    }
    return regions;
  }

  /** Trailing blanks off every line, blank lines at either end dropped, the common indentation removed. */
  static String normalise(String code) {
    List<String> lines = code.lines().map(String::stripTrailing).collect(Collectors.toCollection(ArrayList::new));
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int indent = lines.stream().filter(l -> !l.isEmpty()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).collect(Collectors.joining("\n", "", "\n"));
  }
}
