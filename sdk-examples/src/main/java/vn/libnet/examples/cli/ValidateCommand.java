package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.core.json.JsonDocuments;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;

/** {@code libnet validate FILE... --profile NAME}: checks JSON documents against a national profile. */
@Command(
    name = "validate",
    description = {
      "Validate JSON documents (one object or an array per file) against a national profile.",
      "Kiểm tra tài liệu JSON theo hồ sơ quốc gia.",
      "Exit 0: all valid; 1: some invalid; 2: usage or I/O error."
    })
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files to validate.")
  List<Path> files;

  @Option(
      names = "--profile",
      required = true,
      paramLabel = "NAME",
      description = "vn-library, vn-bibrecord, vn-holding, vn-digital-object or vn-statistics.")
  String profileName;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Report format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Profile<?> profile = NationalProfiles.byName(profileName).orElse(null);
    if (profile == null) {
      String known = NationalProfiles.all().stream().map(Profile::name).collect(Collectors.joining(", "));
      err.println(CliText.text(locale, "error.unknownProfile", profileName, known));
      return LibnetCli.USAGE_OR_IO;
    }
    ReportPrinter printer = new ReportPrinter(locale);
    boolean ioError = false;
    for (Path file : files) {
      try {
        validateFile(profile, file, locale, printer, format == Format.text ? out : null);
      } catch (IOException e) {
        err.println(CliText.text(locale, "error.io", file, e.getClass().getSimpleName() + ": " + e.getMessage()));
        ioError = true;
      }
    }
    if (format == Format.json) {
      printer.printJson(out, profile.name() + "/" + profile.version());
    } else {
      printer.printSummary(out);
    }
    if (ioError) {
      return LibnetCli.USAGE_OR_IO;
    }
    return printer.invalid() > 0 ? 1 : 0;
  }

  static <T> void validateFile(Profile<T> profile, Path file, Locale locale, ReportPrinter printer, PrintWriter text)
      throws IOException {
    ValidationContext context = ValidationContext.of(locale);
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      JsonDocuments.read(
          in,
          profile.type(),
          locale,
          doc -> {
            ValidationReport report =
                doc.readable()
                    ? profile.validate(doc.value(), context)
                    : new ValidationReport(profile.name() + "/" + profile.version(), List.of(doc.problem()));
            printer.add(name, doc.index(), report, text);
          });
    }
  }
}
