package vn.libnet.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code libnet}: the LibNet SDK's command line for integration developers and compliance testers.
 *
 * <p>Exit codes: 0 when everything checked is valid, 1 when some data is invalid, 2 for a usage error
 * or a file that cannot be read. Output is UTF-8; messages are in Vietnamese or English ({@code
 * --lang}, default: the system's language).
 */
@Command(
    name = "libnet",
    mixinStandardHelpOptions = true,
    version = "libnet 0.1.0 (LibNet SDK)",
    description = {
      "LibNet SDK: validate and repair library data for Vietnam's national library network.",
      "LibNet SDK: kiểm tra và sửa dữ liệu thư viện cho mạng lưới thư viện quốc gia."
    },
    subcommands = {ValidateCommand.class, TextCommand.class, MarcCommand.class, KeysCommand.class, SignCommand.class, VerifyCommand.class, DemoCommand.class, HubCommand.class, ConformanceCommand.class, ContributeCommand.class, CommandLine.HelpCommand.class})
public final class LibnetCli implements Runnable {
  /** Exit code for usage errors and unreadable files. */
  static final int USAGE_OR_IO = 2;

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
    System.exit(execute(System.in, System.out, System.err, args));
  }

  /** Runs {@code libnet} with the given streams and returns its exit code; for embedding and tests. */
  public static int execute(InputStream in, OutputStream out, OutputStream err, String... args) {
    LibnetCli cli = new LibnetCli(in, out, err);
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cmd =
        new CommandLine(cli)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setOut(outWriter)
            .setErr(errWriter)
            .setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                  commandLine.getErr().println("libnet: " + e.getMessage());
                  return USAGE_OR_IO;
                });
    int code = cmd.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
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
}
