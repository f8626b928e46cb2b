package vn.libnet.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marc4j.marc.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadMode;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.marc.validation.Marc21Validator;
import vn.libnet.marc.validation.StyleProfile;
import vn.libnet.marc.validation.UnionCatalogProfile;

/**
 * {@code libnet marc validate FILE...}: every record against MARC 21 or the national union-catalogue
 * profile, streamed; a text, JSON or self-contained HTML report.
 */
@Command(
    name = "validate",
    description = {
      "Validate MARC records against MARC 21 or the national union-catalogue profile.",
      "Kiểm tra biểu ghi MARC theo MARC 21 hoặc hồ sơ mục lục liên hợp quốc gia.",
      "Exit 0: all valid; 1: some invalid; 2: usage or I/O error.",
      "Mã thoát 0: tất cả hợp lệ; 1: có biểu ghi không hợp lệ; 2: lỗi cách dùng hoặc đọc ghi."
    })
final class MarcValidateCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    html,
    csv
  }

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = {"MARC files in any format; - for standard input.", "Các tệp MARC ở khổ mẫu bất kỳ; - là đầu vào chuẩn."})
  List<Path> files;

  @Option(names = "--profile", paramLabel = "marc21|vn-union-catalog|style", defaultValue = "marc21",
      description = {"Profile (default: ${DEFAULT-VALUE}); style adds ISBD punctuation and article notes (INFO).",
          "Hồ sơ kiểm tra (mặc định: ${DEFAULT-VALUE}); style thêm ghi chú về dấu ISBD và mạo từ (INFO)."})
  String profileName;

  @Option(names = "--isil", paramLabel = "VN-...",
      description = {"The contributing library's ISIL (vn-union-catalog; default: LIBNET_ISIL).",
          "ISIL của thư viện đóng góp (vn-union-catalog; mặc định: LIBNET_ISIL)."})
  String isil;

  @Option(names = "--format", paramLabel = "text|json|html|csv", defaultValue = "text",
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = {"Write the report to FILE instead of standard output (-).", "Ghi báo cáo vào FILE thay vì đầu ra chuẩn (-)."})
  Path output;

  // The old spelling, kept for one release.
  @Option(names = "--output", hidden = true)
  Path outputOld;

  @Option(names = "--no-local-fields",
      description = {"Report local fields (09X, 59X, 69X, 9XX, OCLC 019, 029, 049 ...) as warnings.",
          "Báo các trường cục bộ (09X, 59X, 69X, 9XX, OCLC 019, 029, 049 ...) ở mức cảnh báo."})
  boolean noLocalFields;

  @Option(names = "--progress", negatable = true,
      description = {"Show a progress bar (default: on terminals, for large files).",
          "Hiện thanh tiến độ (mặc định: trên màn hình, với tệp lớn)."})
  Boolean progress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Locale locale = language.locale();
    PrintWriter err = spec.commandLine().getErr();
    Path output = this.output != null ? this.output : outputOld;
    if (Cli.isStdio(output)) {
      output = null;
    }
    if (files.stream().filter(Cli::isStdio).count() > 1) {
      err.println(CliText.text(locale, "error.stdinTwice"));
      return LibnetCli.USAGE_OR_IO;
    }
    Profile<Record> profile;
    if (profileName.equals("vn-union-catalog")) {
      if (isil == null || isil.isBlank()) {
        err.println(CliText.text(locale, "marc.validate.isilRequired"));
        return LibnetCli.USAGE_OR_IO;
      }
      profile = UnionCatalogProfile.forLibrary(isil.strip());
    } else if (profileName.equals("marc21")) {
      profile = Marc21Validator.builder().allowLocalFields(!noLocalFields).build().profile();
    } else if (profileName.equals(StyleProfile.NAME)) {
      profile = StyleProfile.style();
    } else {
      err.println(CliText.text(locale, "error.unknownProfile", profileName, "marc21, vn-union-catalog, style"));
      return LibnetCli.USAGE_OR_IO;
    }
    String profileLabel = profile.name() + "/" + profile.version();
    ValidationContext context = ValidationContext.of(locale);
    MarcReport report = new MarcReport();
    OutputStream sink = output == null ? spec.root().userObject() instanceof LibnetCli cli ? cli.rawOut() : System.out : Files.newOutputStream(output);
    PrintWriter text = new PrintWriter(new java.io.OutputStreamWriter(sink, StandardCharsets.UTF_8), false);
    JsonGenerator json = null;
    if (format == Format.json) {
      json = LibnetJson.mapper().getFactory().createGenerator(sink, JsonEncoding.UTF8);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("profile", profileLabel);
      json.writeArrayFieldStart("issues");
    }
    HtmlReport html = null;
    if (format == Format.html) {
      html = new HtmlReport(text, locale);
      html.begin(profileLabel, files.stream().map(Path::toString).toList(), HtmlReport.now());
    } else if (format == Format.csv) {
      IssueCsv.header(text, locale);
    }
    boolean ioError = false;
    int fileIndex = -1;
    for (Path file : files) {
      fileIndex++;
      try (Progress bar = Progress.forFile(file, "validate", progress, locale);
          InputStream in = bar.track(Cli.open(file, Cli.root(spec).in()));
          MarcRecordReader reader = Cli.openMarc(file, in, null, new ReadOptions(ReadMode.LENIENT, locale), locale)) {
        while (reader.hasNext()) {
          MarcRead read = reader.next();
          bar.record();
          List<ValidationIssue> issues = new ArrayList<>(read.issues());
          if (read.readable()) {
            issues.addAll(profile.validate(read.record(), context).issues());
          }
          report.add(file.toString(), read.number(), read.controlNumber(), issues);
          if (html != null) {
            html.record(fileIndex, read.number(), read.controlNumber(), read.record(), issues);
          } else if (format == Format.csv) {
            IssueCsv.rows(text, file.toString(), read.number(), read.controlNumber(), issues);
          } else if (json != null) {
            for (ValidationIssue i : issues) {
              json.writeStartObject();
              json.writeStringField("file", file.toString());
              json.writeNumberField("record", read.number());
              json.writeStringField("controlNumber", read.controlNumber());
              json.writeStringField("code", i.code());
              json.writeStringField("severity", i.severity().name());
              json.writeStringField("path", i.path());
              json.writeStringField("message", i.message());
              if (!i.suggestion().isEmpty()) {
                json.writeStringField("suggestion", i.suggestion());
              }
              json.writeEndObject();
            }
          } else if (format == Format.text && !issues.isEmpty()) {
            text.println(CliText.text(locale, "marc.validate.record", file, read.number(),
                read.controlNumber() == null ? "-" : read.controlNumber(),
                CliText.text(locale, issues.stream().anyMatch(i -> i.severity() == vn.libnet.core.validation.Severity.ERROR) ? "marc.invalid" : "marc.valid")));
            ReportPrinter.printIssues(issues, locale, text);
          }
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        err.println(CliErrors.describe(e, locale));
        ioError = true;
      } catch (vn.libnet.marc.io.MarcReadException e) {
        err.println(CliText.text(locale, "error.io", file, e.message(locale)));
        ioError = true;
      }
    }
    if (json != null) {
      json.writeEndArray();
      json.writeNumberField("records", report.records);
      json.writeNumberField("valid", report.valid);
      json.writeNumberField("invalid", report.invalid());
      json.writeObjectFieldStart("countsByCode");
      for (var e : report.byCode.entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue()[0]);
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    } else if (html != null) {
      html.end(report);
    } else if (format == Format.csv) {
      // The issue list only: its totals are in the summary line when it goes to a file.
    } else {
      text.println(CliText.text(locale, "marc.validate.summary", report.records, report.valid, report.invalid(), profileLabel));
    }
    text.flush();
    if (output != null) {
      sink.close();
      spec.commandLine().getOut().println(CliText.text(locale, "marc.validate.written", output, report.records, report.valid, report.invalid()));
    }
    if (ioError) {
      return LibnetCli.USAGE_OR_IO;
    }
    return report.invalid() > 0 ? 1 : 0;
  }
}
