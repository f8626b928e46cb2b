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
import vn.libnet.digital.bagit.BagArchives;
import vn.libnet.digital.bagit.BagCreator;
import vn.libnet.digital.bagit.BagException;
import vn.libnet.digital.bagit.BagSummary;
import vn.libnet.digital.bagit.ChecksumAlgorithm;

/** {@code libnet digital bag DIR --out BAG}: makes a BagIt 1.0 bag of a folder (sdk-digital's {@link BagCreator}). */
@Command(
    name = "bag",
    description = {"Make a BagIt 1.0 bag of a folder, or of a list of files: copied into BAG/data/, SHA-256 and SHA-512 manifests, bag-info.txt.",
        "Tạo gói BagIt 1.0 từ một thư mục hoặc một danh sách tệp: được chép vào BAG/data/, bảng kê SHA-256 và SHA-512, bag-info.txt.",
        "The folder is not changed (unless --move); names are written in Unicode NFC; a killed run leaves no bag and can be run again.",
        "Thư mục gốc không bị thay đổi (trừ khi có --move); tên tệp ghi theo Unicode NFC; lần chạy bị ngắt không để lại gói và có thể chạy lại.",
        "With --archive, or BAG ending in .zip or .tar, the bag is written as one zip or tar file (RFC 8493 4.2).",
        "Với --archive, hoặc BAG có đuôi .zip hay .tar, gói được ghi thành một tệp zip hoặc tar (RFC 8493 4.2).",
        "Exit 0: made; 2: usage, a folder that cannot be read, or BAG already there.",
        "Mã thoát 0: đã tạo; 2: lỗi cách dùng, thư mục không đọc được, hoặc BAG đã có."})
final class DigitalBagCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = {
      "The folder to bag (its files go under data/), or several files and folders (each under data/ by its name).",
      "Thư mục cần đóng gói (các tệp của nó vào data/), hoặc nhiều tệp và thư mục (mỗi cái vào data/ theo tên của nó)."})
  List<Path> sources;

  @Option(names = {"-o", "--out"}, paramLabel = "BAG", required = true,
      description = {"The bag's folder, or its .zip or .tar file, which must not exist yet.", "Thư mục của gói, hoặc tệp .zip hay .tar của gói, chưa được tồn tại."})
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

  @Mixin DigitalRightsOptions rightsOptions;

  @Option(names = "--move",
      description = {"Move the files into BAG/data/ instead of copying them; a killed run puts them back when run again.",
          "Chuyển các tệp vào BAG/data/ thay vì chép; lần chạy bị ngắt sẽ được đưa tệp về chỗ cũ khi chạy lại."})
  boolean move;

  @Option(names = "--archive", paramLabel = "zip|tar",
      description = {"Write the bag as one zip or tar file at BAG (default: from BAG's name, else a folder).",
          "Ghi gói thành một tệp zip hoặc tar tại BAG (mặc định: theo đuôi tên BAG, nếu không thì là thư mục)."})
  String archive;

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
    rightsOptions.into(b);
    if (objectId != null) {
      b.externalIdentifier(isil != null && !objectId.contains(":") ? isil + ":" + objectId : objectId);
    }
    String kind = archiveKind(locale);
    if (move) {
      if (kind != null) {
        throw new Cli.UserError(CliText.text(locale, "digital.moveArchive"));
      }
      b.move();
    }
    if (kind != null && Files.exists(bag)) {
      throw new Cli.UserError(CliText.text(locale, "digital.archiveExists", bag));
    }
    boolean oneFolder = sources.size() == 1 && Files.isDirectory(sources.get(0));
    long total = 0;
    for (Path p : sources) {
      total += Files.isDirectory(p) ? DigitalCommand.size(p) : Files.isRegularFile(p) ? Files.size(p) : 0;
    }
    BagSummary s;
    Path folder = bag;
    Path scratch = null;
    try (Progress bar = Progress.forBytes(total, "bag", progress, locale)) {
      if (kind != null) {
        // The bag is made in a scratch folder beside the archive, written out, and removed.
        Path parent = Files.createDirectories(bag.toAbsolutePath().getParent());
        scratch = Files.createTempDirectory(parent, ".libnet-bag");
        String name = bag.getFileName().toString().replaceFirst("(?i)\\.(zip|tar)$", "");
        folder = scratch.resolve(name.isEmpty() ? "bag" : name);
      }
      BagCreator creator = b.progress((done, all) -> bar.bytesTo(done)).build();
      s = oneFolder ? creator.create(sources.get(0), folder) : creator.create(sources, folder);
      if (kind != null) {
        if (kind.equals("zip")) {
          BagArchives.defaults().zip(folder, bag);
        } else {
          BagArchives.defaults().tar(folder, bag);
        }
      }
    } catch (BagException e) {
      throw new Cli.UserError(e.message(locale));
    } finally {
      if (scratch != null) {
        DigitalValidateCommand.delete(scratch);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(CliText.text(locale, "digital.bagged", bag, s.oxum().files(), s.oxum().bytes(),
        String.join(", ", s.algorithms().stream().map(ChecksumAlgorithm::bagitName).toList())));
    s.renamed().forEach((from, to) -> out.println(CliText.text(locale, "digital.renamed", from, to)));
    out.flush();
    return 0;
  }

  /** zip, tar, or null for a folder: from --archive, else from the name of BAG. */
  private String archiveKind(Locale locale) {
    String name = bag.getFileName() == null ? "" : bag.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz") || name.endsWith(".gz")) {
      // Read, not written: a folder of that name would mislead whoever opens it.
      throw new Cli.UserError(CliText.text(locale, "digital.bag.noGzip", bag));
    }
    String named = name.endsWith(".zip") ? "zip" : name.endsWith(".tar") ? "tar" : null;
    if (archive != null) {
      String k = archive.strip().toLowerCase(Locale.ROOT);
      if (!k.equals("zip") && !k.equals("tar")) {
        throw new Cli.UserError(CliText.text(locale, "error.badValue", "--archive", archive) + " (zip, tar)");
      }
      if (named != null && !named.equals(k)) {
        throw new Cli.UserError(CliText.text(locale, "digital.bag.archiveMismatch", bag, k));
      }
      return k;
    }
    return named;
  }

}
