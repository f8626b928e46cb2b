package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.libnet.core.LibnetVersion;

/**
 * {@code libnet}: the LibNet SDK's command line for integration developers and compliance testers.
 *
 * <p>Exit codes: 0 when everything checked is valid, 1 when some data is invalid, 2 when the command could
 * not do its job (usage, a file that cannot be read, a hub that cannot be reached). Output is UTF-8;
 * messages are in Vietnamese or English ({@code --lang}, default: the language of {@code LC_ALL}, {@code
 * LC_MESSAGES} or {@code LANG}). Every command and subcommand has {@code --help}, and {@code help} works at
 * every depth; errors are one line naming what to do, with a stack trace only under {@code --debug}.
 *
 * <p>Values repeated on every call ({@code --hub}, {@code --isil}, {@code --key}, {@code --key-name}) can
 * come from the environment ({@code LIBNET_HUB}, ...) or a configuration file; see {@link CliConfig}.
 */
@Command(
    name = "libnet",
    // INHERIT: every subcommand, at every depth, gets --help and --version without listing them.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = LibnetCli.Version.class,
    description = {
      "LibNet SDK: validate and repair library data for Vietnam's national library network.",
      "LibNet SDK: kiểm tra và sửa dữ liệu thư viện cho mạng lưới thư viện quốc gia."
    },
    subcommands = {ValidateCommand.class, TextCommand.class, MarcCommand.class, KeysCommand.class, SignCommand.class, VerifyCommand.class, DemoCommand.class, HubCommand.class, ConformanceCommand.class, ContributeCommand.class, OaiCommand.class, SruCommand.class, CqlCommand.class, DigitalCommand.class, ReadinessCommand.class, StatisticsCommand.class, LibnetHelp.class})
public final class LibnetCli implements Runnable {
  /** Exit code for usage errors, unreadable files and unreachable hubs: the command could not do its job. */
  static final int USAGE_OR_IO = 2;

  // The three options below are read from the raw arguments before parsing (see RawArgs), because they
  // decide how parsing itself reports and logs; they are declared here so that picocli accepts and documents
  // them on every command.
  @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = {"Configuration file with hub, isil, key, key.name (default: ~/.config/libnet/config.properties).",
          "Tệp cấu hình chứa hub, isil, key, key.name (mặc định: config.properties trong ~/.config/libnet)."})
  Path config;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = {"Show the SDK's log lines (retries, checkpoints) on standard error.",
          "Hiện các dòng nhật ký của SDK (thử lại, checkpoint) trên đầu ra lỗi chuẩn."})
  boolean verbose;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = {"On an error, also print the stack trace (for bug reports).",
          "Khi có lỗi, in thêm vết ngăn xếp (để báo lỗi phần mềm)."})
  boolean debug;

  private final InputStream in;
  private final OutputStream out;
  private final OutputStream err;

  @Spec CommandSpec spec;

  LibnetCli(InputStream in, OutputStream out, OutputStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code libnet} and exits the JVM with its exit code. */
  public static void main(String[] args) {
    configureLogging(RawArgs.of(args).verbose());
    warnOfFileNameEncoding();
    System.exit(execute(System.in, System.out, System.err, args));
  }

  /**
   * The JVM names files in the charset of the process's locale ({@code sun.jnu.encoding}); under {@code
   * LANG=C} or a locale that is not installed that is ASCII, and a Vietnamese file name can neither be read
   * nor written. The {@code libnet} script starts Java under a UTF-8 locale; run directly, say what to do.
   */
  static void warnOfFileNameEncoding() {
    String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
    if (!jnu.equalsIgnoreCase("UTF-8") && !jnu.equalsIgnoreCase("UTF8")) {
      // In UTF-8 as every other line the command writes, not in the locale's ASCII.
      java.io.PrintStream err = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
      err.println(CliText.text(Locale.ENGLISH, "error.fileNameEncoding", jnu));
      err.println(CliText.text(Locale.forLanguageTag("vi"), "error.fileNameEncoding", jnu));
    }
  }

  /**
   * slf4j-simple reads its level once, when the first logger is created, so this must run before anything
   * logs. Library log lines are for operators; on the command line they would land in the middle of the
   * output, so only warnings show unless {@code --verbose}; all of them go to standard error.
   */
  static void configureLogging(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
  }

  /** Runs {@code libnet} with the given streams and returns its exit code; for embedding and tests. */
  public static int execute(InputStream in, OutputStream out, OutputStream err, String... args) {
    return execute(in, out, err, System.getenv(), CliConfig.defaultFile(System.getenv()), args);
  }

  /** As {@link #execute(InputStream, OutputStream, OutputStream, String...)} with the environment and default config file given. */
  static int execute(InputStream in, OutputStream out, OutputStream err, Map<String, String> env, Path defaultConfig, String... args) {
    RawArgs raw = RawArgs.of(args);
    Locale locale = raw.locale(env);
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      Properties file;
      try {
        file = CliConfig.load(raw.config() != null ? Path.of(raw.config()) : defaultConfig, raw.config() != null);
      } catch (IOException e) {
        errWriter.println(CliErrors.describe(e, locale));
        return USAGE_OR_IO;
      }
      CommandLine cmd =
          commandLine(new LibnetCli(in, out, err))
              .setOut(outWriter)
              .setErr(errWriter)
              .setDefaultValueProvider(new CliConfig(env, file, locale))
              .setParameterExceptionHandler((e, a) -> CliErrors.onParameterError(e, locale))
              .setExecutionExceptionHandler((e, commandLine, parseResult) -> CliErrors.onExecutionError(e, commandLine, locale, raw.debug()));
      return cmd.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** The command tree as it runs, with its bilingual usage texts; tests walk it. */
  static CommandLine commandLine(LibnetCli cli) {
    CommandLine cmd = new CommandLine(cli).setCaseInsensitiveEnumValuesAllowed(true).setResourceBundle(usageBundle());
    bilingualCommandLists(cmd);
    return cmd;
  }

  // picocli lists a subcommand by the first line of its description, the English one; list both lines.
  private static void bilingualCommandLists(CommandLine cmd) {
    if (cmd.getSubcommands().isEmpty()) {
      return;
    }
    cmd.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, LibnetCli::commandList);
    cmd.getSubcommands().values().forEach(LibnetCli::bilingualCommandLists);
  }

  private static String commandList(CommandLine.Help help) {
    Map<String, CommandLine.Help> subcommands = help.subcommands();
    int nameWidth = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
    int width = help.commandSpec().usageMessage().width();
    CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme(),
        new CommandLine.Help.Column(nameWidth + 2, 2, CommandLine.Help.Column.Overflow.SPAN),
        new CommandLine.Help.Column(width - nameWidth - 2, 2, CommandLine.Help.Column.Overflow.WRAP));
    subcommands.forEach((name, sub) -> {
      String[] description = sub.commandSpec().usageMessage().description();
      table.addRowValues(name, description.length > 0 ? description[0] : "");
      if (description.length > 1) {
        table.addRowValues("", description[1]);
      }
    });
    return table.toString();
  }

  // One bilingual bundle for picocli's own texts (the --help and --version descriptions, the headings).
  private static ResourceBundle usageBundle() {
    try (Reader r = new InputStreamReader(LibnetCli.class.getResourceAsStream("usage.properties"), StandardCharsets.UTF_8)) {
      return new PropertyResourceBundle(r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  InputStream in() {
    return in;
  }

  OutputStream rawOut() {
    return out;
  }

  /** The SDK version, as sdk-core's build recorded it ({@link LibnetVersion}): never typed by hand. */
  static final class Version implements CommandLine.IVersionProvider {
    static String sdkVersion() {
      return LibnetVersion.current();
    }

    @Override
    public String[] getVersion() {
      return new String[] {"libnet " + sdkVersion() + " (LibNet SDK)"};
    }
  }

  /**
   * What must be known before picocli parses: the language of parse errors, the config file that supplies
   * defaults, and whether to log or trace. Scans up to a {@code --} that ends the options.
   */
  record RawArgs(String lang, String config, boolean verbose, boolean debug) {
    static RawArgs of(String[] args) {
      String lang = null;
      String config = null;
      boolean verbose = false;
      boolean debug = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--")) {
          break;
        } else if (a.equals("--lang") && i + 1 < args.length) {
          lang = args[++i];
        } else if (a.startsWith("--lang=")) {
          lang = a.substring("--lang=".length());
        } else if (a.equals("--config") && i + 1 < args.length) {
          config = args[++i];
        } else if (a.startsWith("--config=")) {
          config = a.substring("--config=".length());
        } else if (a.equals("--verbose")) {
          verbose = true;
        } else if (a.equals("--debug")) {
          debug = true;
        }
      }
      return new RawArgs(lang, config, verbose, debug);
    }

    /** {@code --lang vi|en}, else the POSIX locale variables, else the JVM's; Vietnamese or English. */
    Locale locale(Map<String, String> env) {
      String tag = lang;
      if (tag == null || !(tag.equalsIgnoreCase("vi") || tag.equalsIgnoreCase("en"))) {
        tag = null;
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
          String v = env.get(name);
          if (v != null && !v.isBlank()) {
            tag = v;
            break;
          }
        }
        if (tag == null) {
          tag = Locale.getDefault().getLanguage();
        }
      }
      return tag.toLowerCase(Locale.ROOT).startsWith("vi") ? LanguageOption.VIETNAMESE : Locale.ENGLISH;
    }
  }
}
