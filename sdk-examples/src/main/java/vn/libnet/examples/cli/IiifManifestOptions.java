package vn.libnet.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Library;
import vn.libnet.digital.iiif.IiifManifest;
import vn.libnet.digital.iiif.IiifManifestBuilder;
import vn.libnet.digital.iiif.IiifTocEntry;

/**
 * The options of a command that builds a IIIF manifest with sdk-digital's {@link IiifManifestBuilder}
 * ({@code libnet digital iiif build}, {@code libnet digital register}), so that both build one manifest alike.
 */
final class IiifManifestOptions {
  @Option(names = "--base-url", paramLabel = "URL", required = true,
      description = {"Where the manifest and the files are published; ids start with it.", "Nơi công bố manifest và các tệp; mọi id bắt đầu bằng URL này."})
  String baseUrl;

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

  /**
   * The manifest of {@code object}, its files under {@code files}, from these options, the hub's URL and a
   * table of contents (each may be {@code null}); an option that does not parse is a {@link Cli.UserError}.
   */
  IiifManifest manifest(DigitalObject object, Path files, String hub, Path toc, Locale locale) throws IOException {
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
}
