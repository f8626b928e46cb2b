package vn.libnet.examples.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.client.oai.OaiHeader;
import vn.libnet.core.json.LibnetJson;

/**
 * {@code libnet oai list-identifiers URL --prefix P}: every header of a ListIdentifiers, following
 * resumption tokens, one line per header as it comes (constant memory), in the {@code identifiers.tsv}
 * layout of issue 15: identifier, datestamp, set specs joined by one space (a setSpec cannot hold a space),
 * and {@code deleted} or nothing; always four tab-separated fields. {@code --format json} writes JSON
 * lines instead.
 */
@Command(
    name = "list-identifiers",
    description = {
      "List the headers of the records in a format: identifier, datestamp, sets, deleted (tab-separated).",
      "Liệt kê phần đầu của các biểu ghi theo một khổ mẫu: định danh, ngày, tập hợp, đã xoá (phân cách bằng tab).",
      "Exit 0: done (no match is an empty list); 1: the repository answered an OAI-PMH error; 2: usage, a bad date, unreachable, or not OAI-PMH.",
      "Mã thoát 0: xong (không có kết quả là danh sách rỗng); 1: kho trả lời bằng lỗi OAI-PMH; 2: lỗi cách dùng, ngày sai, không kết nối được, hoặc không phải OAI-PMH."
    })
final class OaiListIdentifiersCommand implements Callable<Integer> {
  @Mixin OaiEndpoint endpoint;

  @Option(names = "--prefix", required = true, paramLabel = "PREFIX",
      description = {"The metadataPrefix, e.g. marc21 or oai_dc (see libnet oai formats).",
          "metadataPrefix, ví dụ marc21 hoặc oai_dc (xem libnet oai formats)."})
  String prefix;

  @Option(names = "--set", paramLabel = "SET",
      description = {"Only the records of this set (a setSpec).", "Chỉ các biểu ghi thuộc tập hợp này (một setSpec)."})
  String set;

  @Option(names = "--from", paramLabel = "DATE",
      description = {"Only records changed on or after DATE: YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC).",
          "Chỉ các biểu ghi thay đổi từ DATE trở đi: YYYY-MM-DD hoặc YYYY-MM-DDThh:mm:ssZ (giờ UTC)."})
  String from;

  @Option(names = "--until", paramLabel = "DATE",
      description = {"Only records changed on or before DATE (a day includes the whole day).",
          "Chỉ các biểu ghi thay đổi đến hết DATE (một ngày gồm cả ngày đó)."})
  String until;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = {"Write the list to FILE instead of standard output (-).", "Ghi danh sách vào FILE thay vì đầu ra chuẩn (-)."})
  Path output;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = {"text: identifiers.tsv lines (default); json: one JSON object per line.",
          "text: các dòng kiểu identifiers.tsv (mặc định); json: mỗi dòng một đối tượng JSON."})
  OaiCommand.Format format;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = language.locale();
    Instant fromDate = OaiEndpoint.date(from, "--from", false, locale);
    Instant untilDate = OaiEndpoint.date(until, "--until", true, locale);
    Path file = output == null || Cli.isStdio(output) ? null : output;
    long[] counts = new long[2];
    int code = endpoint.run(spec, locale, oai -> {
      // opened only once the repository answers, so that a failed run leaves no empty file behind
      PrintWriter out = null;
      OutputStream sink = null;
      try (Stream<OaiHeader> headers = oai.listIdentifiers(prefix, fromDate, untilDate, set)) {
        var it = headers.iterator();
        while (it.hasNext()) {
          OaiHeader h = it.next();
          if (out == null) {
            sink = Cli.create(file == null ? Path.of("-") : file, Cli.root(spec).rawOut());
            out = new PrintWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), false);
          }
          out.println(format == OaiCommand.Format.json ? json(h) : tsv(h));
          counts[0]++;
          if (h.deleted()) {
            counts[1]++;
          }
        }
      } finally {
        if (out != null) {
          out.flush();
          sink.close();
        }
      }
      if (file != null) {
        if (out == null) {
          // no match: an empty list is an answer, and the file says so
          Cli.create(file, Cli.root(spec).rawOut()).close();
        }
        spec.commandLine().getOut().println(CliText.text(locale, "oai.list.written", file, counts[0], counts[1]));
      }
    });
    return code;
  }

  static String tsv(OaiHeader h) {
    return clean(h.identifier()) + "\t" + clean(h.datestamp()) + "\t" + clean(String.join(" ", h.setSpecs())) + "\t" + (h.deleted() ? "deleted" : "");
  }

  // A tab or a line break inside a value would shift the columns or split the line.
  private static String clean(String value) {
    return value.replaceAll("[\\t\\r\\n]", " ");
  }

  private static String json(OaiHeader h) {
    var node = LibnetJson.mapper().createObjectNode().put("identifier", h.identifier()).put("datestamp", h.datestamp());
    h.setSpecs().forEach(node.putArray("sets")::add);
    return node.put("deleted", h.deleted()).toString();
  }
}
