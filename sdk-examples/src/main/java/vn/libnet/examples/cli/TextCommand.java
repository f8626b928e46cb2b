package vn.libnet.examples.cli;

import picocli.CommandLine.Command;

/** {@code libnet text ...}: Vietnamese text tools. */
@Command(
    name = "text",
    description = {"Vietnamese text tools.", "Công cụ xử lý văn bản tiếng Việt."},
    subcommands = {RepairCommand.class, LibnetHelp.class})
final class TextCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
