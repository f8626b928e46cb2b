package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.bagit.BagObjects;
import vn.libnet.digital.format.MediaTypes;
import vn.libnet.digital.iiif.IiifManifest;
import vn.libnet.digital.iiif.IiifManifestBuilder;
import vn.libnet.digital.iiif.IiifValidator;

/** {@code libnet digital iiif build BAG|DIR --base-url URL --out manifest.json}: sdk-digital's {@link IiifManifestBuilder}. */
@Command(
    name = "build",
    description = {"Build the IIIF Presentation 3.0 manifest of a bag or a folder of scans: one canvas per image, in order,",
        "sized from the image headers; PDFs as renderings; the record and the library as metadata, provider and attribution.",
        "Tạo manifest IIIF Presentation 3.0 cho một gói hoặc thư mục bản quét: mỗi ảnh một canvas, theo thứ tự,",
        "kích thước đọc từ phần đầu tệp ảnh; tệp PDF thành bản rendering; biểu ghi và thư viện thành metadata, provider và ghi công.",
        "Exit 0: built and valid; 1: built, but not valid (no readable image); 2: usage, or an input that cannot be read.",
        "Mã thoát 0: đã tạo và hợp lệ; 1: đã tạo nhưng không hợp lệ (không có ảnh đọc được); 2: lỗi cách dùng, hoặc không đọc được đầu vào."})
final class DigitalIiifBuildCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BAG|DIR", description = {"A bag, or a folder of files.", "Một gói, hoặc một thư mục tệp."})
  Path folder;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
      description = {"The manifest file to write (- for standard output).", "Tệp manifest cần ghi (- là đầu ra chuẩn)."})
  Path out;

  @Option(names = "--toc", paramLabel = "FILE",
      description = {"A table of contents: lines LABEL<TAB>PAGES (e.g. 1-3,5), one range each.",
          "Mục lục: mỗi dòng NHÃN<TAB>TRANG (ví dụ 1-3,5), mỗi dòng thành một range."})
  Path toc;

  @Option(names = "--hub", paramLabel = "URL",
      description = {"The national hub: provider id and the record's MARCXML in seeAlso.", "Hệ thống trung tâm quốc gia: id của provider và MARCXML của biểu ghi trong seeAlso."})
  String hub;

  @Option(names = "--rights", paramLabel = "URI",
      description = {"The rights statement, for a folder (a bag gives its own).", "Tuyên bố quyền, cho một thư mục (gói có sẵn của nó)."})
  String rights;

  @Mixin IiifManifestOptions manifestOptions;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    if (!Files.isDirectory(folder)) {
      throw new Cli.UserError(CliText.text(locale, "digital.notAFolder", folder));
    }
    Path files = folder;
    DigitalObject object;
    if (Files.isRegularFile(folder.resolve("bagit.txt"))) {
      BagObjects.BagObject bag = BagObjects.read(folder, locale);
      if (bag.object() == null) {
        new ReportPrinter(locale).add(folder.toString(), 1, bag.report(), spec.commandLine().getErr());
        throw new Cli.UserError(CliText.text(locale, "digital.iiif.badBag", folder));
      }
      object = bag.object();
      files = folder.resolve("data");
    } else {
      object = objectOf(folder, rights);
    }
    IiifManifest manifest = manifestOptions.manifest(object, files, hub, toc, locale);
    // With the manifest on standard output, what is said about it goes to standard error.
    PrintWriter err = Cli.isStdio(out) ? spec.commandLine().getErr() : spec.commandLine().getOut();
    ReportPrinter.printIssues(manifest.issues(), locale, err);
    if (Cli.isStdio(out)) {
      spec.commandLine().getOut().println(manifest.toJson());
      spec.commandLine().getOut().flush();
    } else {
      manifest.write(out);
    }
    ValidationReport report = IiifValidator.validate(manifest.json(), locale);
    err.println(CliText.text(locale, "digital.iiif.built", Cli.isStdio(out) ? "-" : out, manifest.canvasCount(),
        manifest.json().path("rendering").size(), manifest.json().path("structures").size()));
    if (!report.isValid()) {
      new ReportPrinter(locale).add(Cli.isStdio(out) ? "-" : out.toString(), 1, report, err);
    }
    err.flush();
    return report.isValid() ? 0 : 1;
  }

  /** A folder's files as an object, in path order, named after the folder. */
  static DigitalObject objectOf(Path folder, String rights) throws IOException {
    List<DigitalFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        files.add(new DigitalFile(folder.relativize(p).toString().replace('\\', '/'), MediaTypes.detect(p).byContent(), Files.size(p), null));
      }
    }
    String name = folder.toAbsolutePath().normalize().getFileName() == null ? "object" : folder.toAbsolutePath().normalize().getFileName().toString();
    return new DigitalObject(name, null, null, null, files, rights, AccessLevel.OPEN, null);
  }
}
