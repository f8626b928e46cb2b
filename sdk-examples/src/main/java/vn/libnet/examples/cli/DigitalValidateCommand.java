package vn.libnet.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.bagit.BagArchives;
import vn.libnet.digital.bagit.BagException;
import vn.libnet.digital.bagit.BagValidator;

/** {@code libnet digital validate BAG [--fast]}: checks a bag against RFC 8493 (sdk-digital's {@link BagValidator}). */
@Command(
    name = "validate",
    description = {"Check a BagIt bag (RFC 8493): complete, and with --fast its Payload-Oxum only, or in full every checksum too.",
        "Kiểm tra một gói BagIt (RFC 8493): đầy đủ, và với --fast chỉ Payload-Oxum, hoặc kiểm tra đủ thì cả mọi mã băm.",
        "A zip, tar or tar.gz of a bag is unpacked safely into a temporary folder, removed afterwards.",
        "Tệp zip, tar hoặc tar.gz của gói được giải nén an toàn vào một thư mục tạm, xoá đi sau khi kiểm tra.",
        "Exit 0: valid; 1: invalid; 2: usage, or BAG is neither a folder nor a safe archive of one.",
        "Mã thoát 0: hợp lệ; 1: không hợp lệ; 2: lỗi cách dùng, hoặc BAG không phải thư mục hay tệp nén an toàn của gói."})
final class DigitalValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BAG", description = {"The bag's folder, or a zip, tar or tar.gz of it.", "Thư mục của gói, hoặc tệp zip, tar hay tar.gz của gói."})
  Path bag;

  @Option(names = "--fast", description = {"Completeness and Payload-Oxum only, no checksum.", "Chỉ kiểm tra đủ tệp và Payload-Oxum, không tính mã băm."})
  boolean fast;

  @Option(names = "--require-tag-manifest",
      description = {"A bag without a tag manifest is invalid (RFC 8493 makes it optional).",
          "Gói không có bảng kê tệp thẻ là không hợp lệ (RFC 8493 cho phép thiếu)."})
  boolean requireTagManifest;

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
  DigitalIiifValidateCommand.Format format;

  @Option(names = "--progress", negatable = true,
      description = {"Show a progress bar (default: on terminals, for large bags).", "Hiện thanh tiến độ (mặc định: trên màn hình, với gói lớn)."})
  Boolean progress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    Path unpacked = null;
    Path folder = bag;
    if (Files.isRegularFile(bag)) {
      // A serialized bag (RFC 8493 §4.2), zip or tar told by its content: unpacked, defensively, into a
      // folder of its own, removed afterwards.
      unpacked = Files.createTempDirectory("libnet-bag");
      try {
        folder = BagArchives.defaults().unpack(bag, unpacked);
      } catch (BagException e) {
        delete(unpacked);
        throw new Cli.UserError(e.message(locale));
      }
    } else if (!Files.exists(bag)) {
      throw new Cli.UserError(CliText.text(locale, "error.noFile", bag));
    } else if (!Files.isDirectory(bag)) {
      throw new Cli.UserError(CliText.text(locale, "digital.notABag", bag));
    }
    try {
      return validate(folder, locale);
    } finally {
      if (unpacked != null) {
        delete(unpacked);
      }
    }
  }

  static void delete(Path dir) throws java.io.IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private int validate(Path bag, Locale locale) throws Exception {
    BagValidator.Builder b = BagValidator.builder().locale(locale);
    if (fast) {
      b.fast();
    }
    if (requireTagManifest) {
      b.requireTagManifest();
    }
    long total = fast ? 0 : DigitalCommand.size(bag);
    ValidationReport report;
    try (Progress bar = Progress.forBytes(total, "bagValidate", progress, locale)) {
      report = b.progress((done, all) -> bar.bytesTo(done)).build().validate(bag);
    }
    PrintWriter out = spec.commandLine().getOut();
    String name = this.bag.toString();
    if (format == DigitalIiifValidateCommand.Format.html) {
      out.print(IiifReportHtml.html(CliText.text(locale, "digital.html.validateTitle", name), "digital.html.path",
          List.of(Map.entry(name, report)), locale));
    } else {
      ReportPrinter printer = new ReportPrinter(locale);
      printer.add(name, 1, report, format == DigitalIiifValidateCommand.Format.text ? out : null);
      if (format == DigitalIiifValidateCommand.Format.json) {
        printer.printJson(out, report.profile());
      }
    }
    out.flush();
    return report.isValid() ? 0 : 1;
  }

}
