package vn.libnet.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND...]}: the usage of a command at any depth ({@code libnet help marc generate}); picocli's
 * own {@code HelpCommand} looks one level down only.
 */
@Command(
    name = "help",
    helpCommand = true,
    description = {"Show the usage of a command, e.g. libnet help marc generate.",
        "Hiện cách dùng một lệnh, ví dụ libnet help marc generate."})
final class LibnetHelp implements CommandLine.IHelpCommandInitializable2, Runnable {
  @Parameters(paramLabel = "COMMAND", arity = "0..*",
      description = {"The command, and its subcommands, to explain.", "Lệnh (và lệnh con) cần giải thích."})
  String[] path = new String[0];

  private CommandLine self;
  private Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine target = self.getParent();
    for (String name : path) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) {
        throw new CommandLine.UnmatchedArgumentException(target, java.util.List.of(name));
      }
      target = next;
    }
    target.usage(out, colors);
  }
}
