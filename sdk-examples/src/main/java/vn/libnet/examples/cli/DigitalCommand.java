package vn.libnet.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code libnet digital ...}: digitization packages (BagIt, RFC 8493), through sdk-digital. */
@Command(
    name = "digital",
    description = {"Digitization: make and validate BagIt (RFC 8493) packages, and IIIF manifests.",
        "Số hoá: tạo và kiểm tra gói BagIt (RFC 8493) và manifest IIIF."},
    subcommands = {DigitalBagCommand.class, DigitalValidateCommand.class, DigitalCheckCommand.class, DigitalIiifCommand.class, DigitalRegisterCommand.class,
        LibnetHelp.class})
final class DigitalCommand implements Runnable {
  @Spec CommandSpec spec;

  /** The bytes of the files under {@code dir}, for a progress bar's total. */
  static long size(java.nio.file.Path dir) throws java.io.IOException {
    try (var walk = java.nio.file.Files.walk(dir)) {
      return walk.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
