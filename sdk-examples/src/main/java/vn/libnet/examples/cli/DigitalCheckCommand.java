package vn.libnet.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.bagit.BagObjects;
import vn.libnet.digital.format.DigitizationPolicy;

/**
 * {@code libnet digital check BAG|DIR --profile vn-digitization}: the national format policy on a bag (its
 * object's rights and SHA-256 manifest from the bag) or a plain folder (no manifest, no rights).
 */
@Command(
    name = "check",
    description = {"Check a bag, or a folder of scans, against the national format policy vn-digitization 1: master and access formats,",
        "master resolution from the image headers, SHA-256 for every file, a rights statement URI, NFC names.",
        "Kiểm tra một gói, hoặc thư mục bản quét, theo chính sách định dạng quốc gia vn-digitization 1: định dạng bản gốc và bản truy cập,",
        "độ phân giải bản gốc đọc từ phần đầu tệp ảnh, SHA-256 cho mọi tệp, URI tuyên bố quyền, tên tệp NFC.",
        "Exit 0: meets the policy; 1: does not; 2: usage, or not a folder.",
        "Mã thoát 0: đạt chính sách; 1: không đạt; 2: lỗi cách dùng, hoặc không phải thư mục."})
final class DigitalCheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BAG|DIR", description = {"A bag, or a folder of files.", "Một gói, hoặc một thư mục tệp."})
  Path folder;

  @Option(names = "--profile", paramLabel = "NAME", defaultValue = "vn-digitization",
      description = {"The policy (default and only one so far: ${DEFAULT-VALUE}).", "Chính sách (mặc định và hiện chỉ có: ${DEFAULT-VALUE})."})
  String profile;

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
  DigitalIiifValidateCommand.Format format;

  @Option(names = "--progress", negatable = true,
      description = {"Show a progress bar on standard error while a bag is checked (default: on terminals, for large bags).",
          "Hiện thanh tiến độ trên đầu ra lỗi chuẩn khi kiểm tra gói (mặc định: trên màn hình, với gói lớn)."})
  Boolean progress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    if (!profile.equals("vn-digitization")) {
      throw new Cli.UserError(CliText.text(locale, "digital.unknownProfile", profile));
    }
    if (!Files.isDirectory(folder)) {
      throw new Cli.UserError(CliText.text(locale, "digital.notAFolder", folder));
    }
    PrintWriter out = spec.commandLine().getOut();
    ReportPrinter printer = new ReportPrinter(locale);
    int exit = 0;
    Path files = folder;
    DigitalObject object = null;
    ValidationReport bagReport = null;
    if (Files.isRegularFile(folder.resolve("bagit.txt"))) {
      BagObjects.BagObject bag;
      try (Progress bar = Progress.forBytes(DigitalCommand.size(folder), "bagValidate", progress, locale)) {
        bag = BagObjects.read(folder, locale, (done, all) -> bar.bytesTo(done));
      }
      bagReport = bag.report();
      printer.add(folder.toString(), 1, bag.report(), format == DigitalIiifValidateCommand.Format.text ? out : null);
      if (bag.object() == null) {
        exit = 1;
      } else {
        object = bag.object();
        files = folder.resolve("data");
      }
    }
    ValidationReport policy = DigitizationPolicy.check(files, object, locale);
    printer.add(files.toString(), 1, policy, format == DigitalIiifValidateCommand.Format.text ? out : null);
    if (format == DigitalIiifValidateCommand.Format.html) {
      List<Map.Entry<String, ValidationReport>> reports = new ArrayList<>();
      if (bagReport != null) {
        reports.add(Map.entry(folder.toString(), bagReport));
      }
      reports.add(Map.entry(files.toString(), policy));
      out.print(IiifReportHtml.html(CliText.text(locale, "digital.html.checkTitle", folder), "digital.html.path", reports, locale));
    }
    if (format == DigitalIiifValidateCommand.Format.json) {
      printer.printJson(out, policy.profile());
    }
    out.flush();
    return exit != 0 || !policy.isValid() ? 1 : 0;
  }
}
