package vn.libnet.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.core.id.Isil;
import vn.libnet.digital.bagit.BagCreator;
import vn.libnet.digital.bagit.BagException;
import vn.libnet.digital.bagit.BagSummary;
import vn.libnet.digital.bagit.ChecksumAlgorithm;

/** {@code libnet digital bag DIR --out BAG}: makes a BagIt 1.0 bag of a folder (sdk-digital's {@link BagCreator}). */
@Command(
    name = "bag",
    description = {"Make a BagIt 1.0 bag of a folder: its files copied into BAG/data/, SHA-256 and SHA-512 manifests, bag-info.txt.",
        "Tạo gói BagIt 1.0 từ một thư mục: các tệp được chép vào BAG/data/, bảng kê SHA-256 và SHA-512, bag-info.txt.",
        "The folder is not changed; names are written in Unicode NFC; a killed run leaves no bag and can be run again.",
        "Thư mục gốc không bị thay đổi; tên tệp ghi theo Unicode NFC; lần chạy bị ngắt không để lại gói và có thể chạy lại.",
        "Exit 0: made; 2: usage, a folder that cannot be read, or BAG already there.",
        "Mã thoát 0: đã tạo; 2: lỗi cách dùng, thư mục không đọc được, hoặc BAG đã có."})
final class DigitalBagCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = {"The folder to bag.", "Thư mục cần đóng gói."})
  Path source;

  @Option(names = {"-o", "--out"}, paramLabel = "BAG", required = true,
      description = {"The bag's folder, which must not exist yet.", "Thư mục của gói, chưa được tồn tại."})
  Path bag;

  @Option(names = "--object-id", paramLabel = "ID",
      description = {"The object's identifier (External-Identifier).", "Định danh của đối tượng số (External-Identifier)."})
  String objectId;

  @Option(names = "--isil", paramLabel = "VN-...",
      description = {"The library that bags (Source-Organization, unless --organization).", "Thư viện đóng gói (Source-Organization, trừ khi có --organization)."})
  String isil;

  @Option(names = "--organization", paramLabel = "NAME",
      description = {"Source-Organization by name.", "Source-Organization theo tên."})
  String organization;

  @Option(names = "--algorithm", paramLabel = "sha256|sha512", split = ",",
      description = {"Manifest algorithms (default: sha256,sha512).", "Thuật toán của bảng kê (mặc định: sha256,sha512)."})
  List<String> algorithms;

  @Option(names = "--progress", negatable = true,
      description = {"Show a progress bar (default: on terminals, for large folders).", "Hiện thanh tiến độ (mặc định: trên màn hình, với thư mục lớn)."})
  Boolean progress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    BagCreator.Builder b = BagCreator.builder();
    if (algorithms != null) {
      ChecksumAlgorithm[] chosen = algorithms.stream().map(a -> ChecksumAlgorithm.ofBagitName(a.strip()).filter(ChecksumAlgorithm::strong)
          .orElseThrow(() -> new Cli.UserError(CliText.text(locale, "digital.badAlgorithm", a)))).toArray(ChecksumAlgorithm[]::new);
      b.algorithms(chosen);
    }
    if (isil != null) {
      try {
        isil = Isil.parse(isil).toString();
      } catch (RuntimeException e) {
        throw new Cli.UserError(CliText.text(locale, "error.badValue", "--isil", isil));
      }
    }
    if (organization != null || isil != null) {
      b.sourceOrganization(organization != null ? organization : isil);
    }
    if (objectId != null) {
      b.externalIdentifier(isil != null && !objectId.contains(":") ? isil + ":" + objectId : objectId);
    }
    long total = Files.isDirectory(source) ? DigitalCommand.size(source) : 0;
    BagSummary s;
    try (Progress bar = Progress.forBytes(total, "bag", progress, locale)) {
      s = b.progress((done, all) -> bar.bytesTo(done)).build().create(source, bag);
    } catch (BagException e) {
      throw new Cli.UserError(e.message(locale));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(CliText.text(locale, "digital.bagged", s.bag(), s.oxum().files(), s.oxum().bytes(),
        String.join(", ", s.algorithms().stream().map(ChecksumAlgorithm::bagitName).toList())));
    s.renamed().forEach((from, to) -> out.println(CliText.text(locale, "digital.renamed", from, to)));
    out.flush();
    return 0;
  }

}
