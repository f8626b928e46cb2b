package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import vn.libnet.client.LibnetClientException;
import vn.libnet.client.LibnetTransportException;
import vn.libnet.client.oai.OaiErrorException;
import vn.libnet.client.oai.OaiException;
import vn.libnet.client.oai.OaiHarvester;
import vn.libnet.client.oai.OaiLoopException;

/**
 * The {@code URL} argument of the {@code libnet oai} commands, and how they talk to it: one harvester per
 * run, and each failure as one line in the person's language with its exit code, never the text of an
 * exception (the SDK's own transport message is worded for the hub and quotes the JDK's).
 */
final class OaiEndpoint {
  /** Exit code for an OAI-PMH error the repository stated: the command ran, the answer is "no". */
  static final int OAI_ERROR = 1;

  @Parameters(index = "0", paramLabel = "URL",
      description = {"The repository's OAI-PMH base URL (http or https), the part before ?verb=.",
          "URL gốc OAI-PMH của kho (http hoặc https), phần đứng trước ?verb=."})
  String url;

  /** What a command does with the harvester; its output is its own. */
  interface Action {
    void run(OaiHarvester oai) throws IOException;
  }

  int run(CommandSpec spec, Locale locale, Action action) {
    PrintWriter err = spec.commandLine().getErr();
    OaiHarvester oai;
    try {
      oai = OaiHarvester.builder().baseUrl(url).locale(locale).build();
    } catch (IllegalArgumentException e) {
      err.println(CliText.text(locale, "oai.badUrl", url));
      return LibnetCli.USAGE_OR_IO;
    }
    try (oai) {
      action.run(oai);
      return 0;
    } catch (OaiErrorException e) {
      err.println(CliText.text(locale, "oai.error", url, e.protocolCode(), e.repositoryMessage().isBlank() ? "-" : e.repositoryMessage()));
      return OAI_ERROR;
    } catch (OaiLoopException e) {
      err.println(CliText.text(locale, "oai.loop", url, e.resumptionToken(), e.page()));
      return LibnetCli.USAGE_OR_IO;
    } catch (OaiException e) {
      boolean status = "CLIENT_OAI_HTTP_STATUS".equals(e.messageKey()) && e.arguments().size() > 1;
      err.println(status ? CliText.text(locale, "oai.httpStatus", url, e.arguments().get(1)) : CliText.text(locale, "oai.notOai", url));
      return LibnetCli.USAGE_OR_IO;
    } catch (LibnetTransportException e) {
      err.println(CliText.text(locale, "oai.unreachable", url));
      return LibnetCli.USAGE_OR_IO;
    } catch (LibnetClientException e) {
      // a redirect not followed, a page over the size limit: the SDK's message names them, nothing internal
      err.println(e.message(locale));
      return LibnetCli.USAGE_OR_IO;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println(CliErrors.describe(e, locale));
      return LibnetCli.USAGE_OR_IO;
    }
  }

  /**
   * {@code --from}/{@code --until}: a day ({@code YYYY-MM-DD}) or a UTC second ({@code YYYY-MM-DDThh:mm:ssZ}),
   * the two granularities of OAI-PMH. A day as {@code until} is its last second, so that it includes the
   * whole day at either granularity (the harvester writes the date at the repository's). Null when absent;
   * a {@link Cli.UserError} when it does not parse.
   */
  static Instant date(String value, String option, boolean until, Locale locale) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate day = LocalDate.parse(v);
        return until ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1) : day.atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
        return Instant.parse(v);
      }
    } catch (DateTimeParseException e) {
      // 2024-02-30 and the like: the same answer as any other bad date
    }
    throw new Cli.UserError(CliText.text(locale, "oai.badDate", option, value));
  }
}
