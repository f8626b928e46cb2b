package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command of the tree, at every depth, explains itself in both languages without complaining. */
class CliHelpTest {
  static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static CommandLine tree() {
    return LibnetCli.commandLine(new LibnetCli(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream()));
  }

  /** The path of every command below the root ("marc", "marc generate", ...), help commands included. */
  static List<List<String>> paths(CommandLine cmd, List<String> prefix) {
    List<List<String>> all = new ArrayList<>();
    cmd.getSubcommands().forEach((name, sub) -> {
      List<String> path = new ArrayList<>(prefix);
      path.add(name);
      all.add(path);
      all.addAll(paths(sub, path));
    });
    return all;
  }

  static String[] concat(List<String> path, String... more) {
    return Stream.concat(path.stream(), Stream.of(more)).toArray(String[]::new);
  }

  @Test
  void theTreeHasTheCommandsAtEveryDepth() {
    List<List<String>> paths = paths(tree(), List.of());
    assertThat(paths).contains(List.of("marc", "generate"), List.of("keys", "generate"), List.of("text", "repair"), List.of("help"),
        List.of("marc", "help"), List.of("conformance"), List.of("contribute"), List.of("hub"),
        List.of("oai", "identify"), List.of("oai", "formats"), List.of("oai", "sets"), List.of("oai", "list-identifiers"), List.of("oai", "help"));
  }

  @Test
  void everyCommandAnswersHelpAndTheHelpCommandInBothLanguages() {
    List<List<String>> paths = new ArrayList<>(paths(tree(), List.of()));
    paths.add(List.of());
    for (List<String> path : paths) {
      String usage = "Usage (cách dùng): " + String.join(" ", concat(List.of("libnet"), path.toArray(String[]::new)));
      LibnetCliTest.Run help = LibnetCliTest.run(concat(path, "--help"));
      assertThat(help.code()).as(path + " --help: " + help.err()).isZero();
      assertThat(help.err()).as(path.toString()).isEmpty();
      assertThat(help.out()).as(path.toString()).startsWith(usage);
      assertBilingual(path, help.out());

      LibnetCliTest.Run shortHelp = LibnetCliTest.run(concat(path, "-h"));
      assertThat(shortHelp.out()).isEqualTo(help.out());

      // libnet help marc generate, and the parent's own help: libnet marc help generate
      LibnetCliTest.Run helpCommand = LibnetCliTest.run(concat(List.of("help"), path.toArray(String[]::new)));
      assertThat(helpCommand.code()).as("help " + path).isZero();
      assertThat(helpCommand.out()).as("help " + path).isEqualTo(help.out());
      if (path.size() == 2 && !path.get(0).equals("help") && !path.get(1).equals("help")) {
        LibnetCliTest.Run parentHelp = LibnetCliTest.run(path.get(0), "help", path.get(1));
        assertThat(parentHelp.code()).isZero();
        assertThat(parentHelp.out()).isEqualTo(help.out());
      }
    }
  }

  private static void assertBilingual(List<String> path, String usage) {
    List<String> lines = usage.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(lines).as(path + ": a Vietnamese line").anyMatch(l -> VIETNAMESE.matcher(l).find());
    assertThat(lines).as(path + ": an English line").anyMatch(l -> !VIETNAMESE.matcher(l).find() && l.matches(".*\\b(the|a|and|or|of|to)\\b.*"));
  }

  @Test
  void everyVisibleOptionAndParameterIsDescribedInEnglishAndInVietnamese() {
    List<String> missing = new ArrayList<>();
    check(tree(), missing);
    assertThat(missing).isEmpty();
  }

  private static void check(CommandLine cmd, List<String> missing) {
    CommandSpec spec = cmd.getCommandSpec();
    checkLines(spec.qualifiedName(), spec.usageMessage().description(), missing);
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec arg : args) {
      if (!arg.hidden()) {
        checkLines(spec.qualifiedName() + " " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel()),
            arg.description(), missing);
      }
    }
    cmd.getSubcommands().values().forEach(sub -> check(sub, missing));
  }

  // One line per language, never a sentence with both: a line is Vietnamese or it is English.
  private static void checkLines(String what, String[] description, List<String> missing) {
    boolean vi = false;
    boolean en = false;
    for (String line : description) {
      if (VIETNAMESE.matcher(line).find()) {
        vi = true;
        if (line.contains(" / ")) {
          missing.add(what + ": both languages in one line: " + line);
        }
      } else {
        en = true;
      }
    }
    if (!vi || !en) {
      missing.add(what + ": " + String.join(" | ", description));
    }
  }

  @Test
  void theCommandListsShowBothLanguages() {
    String root = LibnetCliTest.run("--help").out();
    assertThat(root).contains("Commands (lệnh):\n",
        "  marc           MARC 21 tools: convert, validate, deduplicate.\n                 Công cụ MARC 21: chuyển đổi, kiểm tra, phát hiện trùng.\n");
    assertThat(LibnetCliTest.run("keys").out()).contains("  generate    Generate a key pair", "\n              Tạo cặp khoá");
  }

  @Test
  void versionIsTheBuildsVersionOnEveryCommand() {
    String version = LibnetCli.Version.sdkVersion();
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    assertThat(LibnetCliTest.run("--version").out()).isEqualTo("libnet " + version + " (LibNet SDK)\n");
    LibnetCliTest.Run deep = LibnetCliTest.run("marc", "generate", "--version");
    assertThat(deep.code()).isZero();
    assertThat(deep.out()).isEqualTo("libnet " + version + " (LibNet SDK)\n");
  }
}
