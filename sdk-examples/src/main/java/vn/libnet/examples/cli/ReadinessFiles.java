package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The responses and the criteria that {@code readiness score} and {@code readiness report} share (a picocli mixin). */
final class ReadinessFiles {
  @Parameters(arity = "1..*", paramLabel = "RESPONSES",
      description = {"Response files (JSON, one response or an array); - for standard input.",
          "Các tệp phiếu trả lời (JSON, một phiếu hoặc một mảng); - là đầu vào chuẩn."})
  List<Path> responses;

  @Option(names = "--criteria", paramLabel = "ID", defaultValue = "qd206-2021",
      description = {"Criteria id, newest version, or ID/VERSION (default: ${DEFAULT-VALUE}).",
          "Mã bộ tiêu chí, phiên bản mới nhất, hoặc MÃ/PHIÊN_BẢN (mặc định: ${DEFAULT-VALUE})."})
  String criteria;

  /** The criteria, then {@code libraries} and the responses read; standard input named twice is a usage error. */
  ReadinessInputs read(List<Path> libraries, InputStream stdin, Locale locale) throws IOException {
    if (ReadinessCommand.stdinTwice(responses, libraries)) {
      throw new Cli.UserError(CliText.text(locale, "error.stdinTwice"));
    }
    ReadinessInputs inputs = ReadinessInputs.of(criteria, locale);
    inputs.readLibraries(libraries, stdin);
    inputs.readResponses(responses, stdin);
    return inputs;
  }
}
