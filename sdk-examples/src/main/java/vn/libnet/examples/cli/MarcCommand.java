package vn.libnet.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code libnet marc ...}: MARC 21 tools. */
@Command(
    name = "marc",
    description = {"MARC 21 tools: convert, validate, deduplicate.", "Công cụ MARC 21: chuyển đổi, kiểm tra, phát hiện trùng."},
    subcommands = {MarcConvertCommand.class, MarcValidateCommand.class, MarcDedupCommand.class, MarcGenerateCommand.class, LibnetHelp.class})
final class MarcCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
