package vn.libnet.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.iiif.IiifValidator;

/** {@code libnet digital iiif validate FILE}: sdk-digital's {@link IiifValidator} on any Presentation 3 document. */
@Command(
    name = "validate",
    description = {"Validate a IIIF Presentation 3.0 manifest (or collection): context, types, ids, labels, language maps,",
        "no Presentation 2 keys, rights, behaviors, canvas sizes and painting targets.",
        "Kiểm tra một manifest (hoặc collection) IIIF Presentation 3.0: ngữ cảnh, kiểu, id, nhãn, bảng ngôn ngữ,",
        "không có khoá Presentation 2, quyền, behavior, kích thước canvas và đích của chú giải hiển thị.",
        "Exit 0: valid; 1: invalid; 2: usage, or FILE cannot be read.",
        "Mã thoát 0: hợp lệ; 1: không hợp lệ; 2: lỗi cách dùng, hoặc không đọc được FILE."})
final class DigitalIiifValidateCommand implements Callable<Integer> {
  /** The report formats. */
  enum Format {
    text,
    json,
    html
  }

  @Parameters(index = "0", paramLabel = "FILE", description = {"The manifest (- for standard input).", "Tệp manifest (- là đầu vào chuẩn)."})
  Path file;

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
  Format format;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    ValidationReport report;
    try (InputStream in = Cli.open(file, Cli.root(spec).in())) {
      report = IiifValidator.validate(in, locale);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.html) {
      out.print(IiifReportHtml.html(file.toString(), report, locale));
    } else {
      ReportPrinter printer = new ReportPrinter(locale);
      printer.add(file.toString(), 1, report, format == Format.text ? out : null);
      if (format == Format.json) {
        printer.printJson(out, report.profile());
      }
    }
    out.flush();
    return report.isValid() ? 0 : 1;
  }
}
