package vn.libnet.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Library;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.bagit.BagObjects;
import vn.libnet.digital.format.MediaTypes;
import vn.libnet.digital.iiif.IiifManifest;
import vn.libnet.digital.iiif.IiifManifestBuilder;
import vn.libnet.digital.iiif.IiifTocEntry;
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

  @Option(names = "--base-url", paramLabel = "URL", required = true,
      description = {"Where the manifest and the files are published; ids start with it.", "Nơi công bố manifest và các tệp; mọi id bắt đầu bằng URL này."})
  String baseUrl;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
      description = {"The manifest file to write (- for standard output).", "Tệp manifest cần ghi (- là đầu ra chuẩn)."})
  Path out;

  @Option(names = "--image-service", paramLabel = "URL",
      description = {"The base of an Image API 3.0 service serving the images.", "Địa chỉ gốc của dịch vụ Image API 3.0 phục vụ các ảnh."})
  String imageService;

  @Option(names = "--record", paramLabel = "FILE",
      description = {"The bibliographic record (the SDK's JSON model) for the label and metadata.",
          "Biểu ghi thư mục (mô hình JSON của SDK) cho nhãn và metadata."})
  Path record;

  @Option(names = "--library", paramLabel = "FILE",
      description = {"The library (the SDK's JSON model) for provider and attribution.", "Thư viện (mô hình JSON của SDK) cho provider và ghi công."})
  Path library;

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
    IiifManifest manifest = manifest(object, files, locale);
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

  /**
   * The manifest of {@code object}, its files under {@code files}, from this command's options (also what
   * {@code libnet digital register} builds and sends); an option that does not parse is a {@link Cli.UserError}.
   */
  IiifManifest manifest(DigitalObject object, Path files, Locale locale) throws IOException {
    IiifManifestBuilder b;
    try {
      b = IiifManifestBuilder.builder(url("--base-url", baseUrl, locale));
    } catch (IllegalArgumentException e) {
      throw new Cli.UserError(CliText.text(locale, "digital.iiif.badUrl", "--base-url", baseUrl));
    }
    b.locale(locale).imageService(url("--image-service", imageService, locale)).hub(url("--hub", hub, locale));
    if (record != null) {
      b.record(read(record, BibRecord.class, locale));
    }
    if (library != null) {
      b.library(read(library, Library.class, locale));
    }
    if (toc != null) {
      try (Reader in = Files.newBufferedReader(toc, StandardCharsets.UTF_8)) {
        b.tableOfContents(IiifTocEntry.parse(in));
      } catch (IiifTocEntry.BadLine e) {
        throw new Cli.UserError(CliText.text(locale, "digital.iiif.badToc", toc, e.line()));
      }
    }
    return b.object(object, files).build();
  }

  private static URI url(String option, String value, Locale locale) {
    if (value == null) {
      return null;
    }
    try {
      URI u = new URI(value.strip());
      if (u.getScheme() != null && u.getScheme().matches("(?i)https?") && u.getHost() != null) {
        return u;
      }
    } catch (java.net.URISyntaxException e) {
      // said below
    }
    throw new Cli.UserError(CliText.text(locale, "digital.iiif.badUrl", option, value));
  }

  private static <T> T read(Path file, Class<T> type, Locale locale) throws IOException {
    try {
      return LibnetJson.mapper().readValue(file.toFile(), type);
    } catch (JsonProcessingException e) {
      throw new Cli.UserError(CliText.text(locale, "error.jsonFile", file,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
    }
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
