package vn.libnet.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code libnet statistics ...}: libraries' yearly statistics (TCVN 12843:2019 = ISO 2789), through sdk-core. */
@Command(
    name = "statistics",
    description = {"Yearly library statistics (TCVN 12843:2019 = ISO 2789): consistency, trends and totals per province.",
        "Thống kê thư viện hằng năm (TCVN 12843:2019 = ISO 2789): tính nhất quán, biến động và tổng theo tỉnh."},
    subcommands = {StatisticsCheckCommand.class, LibnetHelp.class})
final class StatisticsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
