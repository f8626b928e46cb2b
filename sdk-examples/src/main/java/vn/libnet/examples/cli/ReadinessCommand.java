package vn.libnet.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code libnet readiness ...}: readiness for digital transformation (Decision 206/QĐ-TTg), through sdk-core's
 * {@code vn.libnet.core.readiness} (and sdk-testkit's evidence from the network). Each subcommand is one class in the
 * list below; a new one is added there, before {@link LibnetHelp}, with its texts in the CLI bundles.
 */
@Command(
    name = "readiness",
    description = {"Readiness for digital transformation (Decision 206/QD-TTg): score responses, report by province or type, and measure answers from the network.",
        "Mức sẵn sàng chuyển đổi số (Quyết định 206/QĐ-TTg): chấm điểm phiếu trả lời, báo cáo theo tỉnh hoặc loại thư viện, và đo câu trả lời trên mạng."},
    subcommands = {
      ReadinessScoreCommand.class,
      ReadinessReportCommand.class,
      ReadinessEvidenceCommand.class,
      ReadinessSubmitCommand.class,
      LibnetHelp.class
    })
final class ReadinessCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Whether standard input ({@code -}) is named more than once over all the file lists. */
  @SafeVarargs
  static boolean stdinTwice(List<Path>... lists) {
    long n = 0;
    for (List<Path> files : lists) {
      n += files == null ? 0 : files.stream().filter(Cli::isStdio).count();
    }
    return n > 1;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
