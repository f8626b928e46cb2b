package vn.libnet.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code libnet digital iiif ...}: IIIF Presentation 3.0 manifests, through sdk-digital's {@code vn.libnet.digital.iiif}. */
@Command(
    name = "iiif",
    description = {"IIIF Presentation 3.0: build the manifest of a digitized object, or validate any manifest.",
        "IIIF Presentation 3.0: tạo manifest cho một đối tượng số, hoặc kiểm tra một manifest bất kỳ."},
    subcommands = {DigitalIiifBuildCommand.class, DigitalIiifValidateCommand.class, LibnetHelp.class})
final class DigitalIiifCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
