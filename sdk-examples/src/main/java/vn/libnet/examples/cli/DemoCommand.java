package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.libnet.core.json.JsonDocument;
import vn.libnet.core.json.JsonDocuments;
import vn.libnet.core.model.Library;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;

/**
 * {@code libnet demo}: a first look at the SDK. Validates the two shipped library profiles (one valid,
 * one with the errors typical of old data) and repairs the legacy-encoded name of the second.
 */
@Command(
    name = "demo",
    description = {
      "Show the SDK at work on shipped sample data.",
      "Chạy thử SDK trên dữ liệu mẫu đi kèm."
    })
final class DemoCommand implements Callable<Integer> {
  private static final String EXAMPLES = "/vn/libnet/core/examples/";

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    ValidationContext context = ValidationContext.of(locale);
    out.println(CliText.text(locale, "demo.title"));
    out.println();

    ReportPrinter printer = new ReportPrinter(locale);
    out.println(CliText.text(locale, "demo.step.valid"));
    Library good = readExample("library.json");
    printer.add("library.json", 1, NationalProfiles.library().validate(good, context), out);
    out.println();

    out.println(CliText.text(locale, "demo.step.errors"));
    Library bad = readExample("library-with-errors.json");
    ValidationReport badReport = NationalProfiles.library().validate(bad, context);
    printer.add("library-with-errors.json", 1, badReport, out);
    out.println();

    out.println(CliText.text(locale, "demo.step.repair"));
    LegacyEncoding.repair(bad.name())
        .ifPresent(
            r -> out.println(CliText.text(locale, "demo.repaired", bad.name(), r.text(), r.encoding().displayName())));
    out.println();
    printer.printSummary(out);
    out.println(CliText.text(locale, "demo.next"));
    return 0;
  }

  private static Library readExample(String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(EXAMPLES + name)) {
      if (in == null) {
        throw new IllegalStateException("sample " + name + " is missing from sdk-core");
      }
      List<JsonDocument<Library>> docs = new ArrayList<>();
      JsonDocuments.read(in, Library.class, Locale.ENGLISH, docs::add);
      return docs.get(0).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
