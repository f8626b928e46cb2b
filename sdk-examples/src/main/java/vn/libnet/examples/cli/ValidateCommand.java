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
      "Exit 0: all valid; 1: some invalid; 2: usage or I/O error.",
      "Mã thoát 0: tất cả hợp lệ; 1: có tài liệu không hợp lệ; 2: lỗi cách dùng hoặc đọc ghi."
    })
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = {"JSON files to validate; - for standard input.", "Các tệp JSON cần kiểm tra; - là đầu vào chuẩn."})
  List<Path> files;

  @Option(
      names = "--profile",
      required = true,
      paramLabel = "NAME",
      description = {"vn-library, vn-bibrecord, vn-holding, vn-digital-object or vn-statistics.",
          "Hồ sơ: vn-library, vn-bibrecord, vn-holding, vn-digital-object hoặc vn-statistics."})
  String profileName;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", 
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
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
    InputStream in = ((LibnetCli) spec.root().userObject()).in();
    if (files.stream().filter(Cli::isStdio).count() > 1) {
      err.println(CliText.text(locale, "error.stdinTwice"));
      return LibnetCli.USAGE_OR_IO;
    }
    boolean ioError = false;
    for (Path file : files) {
      try {
        validateFile(profile, file, in, locale, printer, format == Format.text ? out : null);
      } catch (IOException e) {
        err.println(CliErrors.describe(e, locale));
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

  static <T> void validateFile(Profile<T> profile, Path file, InputStream stdin, Locale locale, ReportPrinter printer, PrintWriter text)
      throws IOException {
    ValidationContext context = ValidationContext.of(locale);
    String name = file.toString();
    try (InputStream in = Cli.open(file, stdin)) {
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
