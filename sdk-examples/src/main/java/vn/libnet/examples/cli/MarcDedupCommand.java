package vn.libnet.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marc4j.marc.DataField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadMode;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.marc.match.DedupResult;
import vn.libnet.marc.match.Deduplicator;
import vn.libnet.marc.match.MatchDecision;
import vn.libnet.marc.match.MatchKey;

/** {@code libnet marc dedup FILE...}: which records, across files, describe the same work, and why. */
@Command(
    name = "dedup",
    description = {
      "Find records that describe the same work, within and across files, and explain each match.",
      "Tìm các biểu ghi cùng mô tả một tác phẩm, trong một tệp và giữa các tệp, kèm lý do.",
      "Exit 0: done; 2: usage or I/O error.",
      "Mã thoát 0: xong; 2: lỗi cách dùng hoặc đọc ghi."
    })
final class MarcDedupCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = {"MARC files in any format; - for standard input.", "Các tệp MARC ở khổ mẫu bất kỳ; - là đầu vào chuẩn."})
  List<Path> files;

  @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "0.9",
      description = {"Score at which records are the same work (default: ${DEFAULT-VALUE}).",
          "Điểm từ đó hai biểu ghi được coi là cùng tác phẩm (mặc định: ${DEFAULT-VALUE})."})
  double threshold;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = {"Write the report to FILE instead of standard output (-).", "Ghi báo cáo vào FILE thay vì đầu ra chuẩn (-)."})
  Path output;

  @Option(names = "--progress", negatable = true,
      description = {"Show a progress bar (default: on terminals, for large files).",
          "Hiện thanh tiến độ (mặc định: trên màn hình, với tệp lớn)."})
  Boolean progress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Locale locale = language.locale();
    if (files.stream().filter(Cli::isStdio).count() > 1) {
      spec.commandLine().getErr().println(CliText.text(locale, "error.stdinTwice"));
      return LibnetCli.USAGE_OR_IO;
    }
    PrintWriter out = output == null || Cli.isStdio(output) ? spec.commandLine().getOut()
        : new PrintWriter(new java.io.OutputStreamWriter(Files.newOutputStream(output), java.nio.charset.StandardCharsets.UTF_8));
    try {
      return dedup(locale, out);
    } finally {
      out.flush();
      if (out != spec.commandLine().getOut()) {
        out.close();
      }
    }
  }

  private int dedup(Locale locale, PrintWriter out) throws IOException {
    Deduplicator dedup = Deduplicator.builder().threshold(threshold).build();
    Map<String, String> titles = new HashMap<>();
    for (Path file : files) {
      try (Progress bar = Progress.forFile(file, "dedup", progress, locale);
          InputStream in = bar.track(Cli.open(file, Cli.root(spec).in()));
          MarcRecordReader reader = Cli.openMarc(file, in, null, new ReadOptions(ReadMode.LENIENT, locale), locale)) {
        while (reader.hasNext()) {
          MarcRead r = reader.next();
          bar.record();
          if (!r.readable()) {
            continue;
          }
          String id = file.getFileName() + ":" + (r.controlNumber() == null ? "#" + r.number() : r.controlNumber());
          dedup.add(id, MatchKey.of(r.record()));
          if (r.record().getVariableField("245") instanceof DataField f && f.getSubfield('a') != null) {
            titles.put(id, f.getSubfield('a').getData());
          }
        }
      }
    }
    DedupResult result = dedup.result();
    Map<String, MatchDecision> whyJoined = new HashMap<>();
    result.links().forEach(d -> whyJoined.put(d.second(), d));
    if (format == Format.json) {
      ObjectNode root = LibnetJson.mapper().createObjectNode();
      root.put("records", result.records());
      root.put("works", result.works());
      root.put("duplicates", result.duplicates());
      ArrayNode clusters = root.putArray("clusters");
      for (List<String> c : result.clusters()) {
        ObjectNode node = clusters.addObject();
        node.put("title", titles.getOrDefault(c.get(0), ""));
        node.set("records", LibnetJson.mapper().valueToTree(c));
        node.set("links", LibnetJson.mapper().valueToTree(c.stream().skip(1).map(whyJoined::get).filter(java.util.Objects::nonNull).toList()));
      }
      out.println(root.toPrettyString());
    } else {
      out.println(CliText.text(locale, "marc.dedup.summary", result.records(), result.works(), result.duplicates(), result.clusters().size()));
      int n = 0;
      for (List<String> c : result.clusters()) {
        out.println(CliText.text(locale, "marc.dedup.cluster", ++n, c.size(), titles.getOrDefault(c.get(0), "")));
        for (String id : c) {
          MatchDecision d = whyJoined.get(id);
          String why = d == null ? "" : "  ← " + d.first() + " (" + d.score() + ": "
              + d.evidence().stream().map(e -> e.element() + " " + (e.points() >= 0 ? "+" : "") + e.points()).collect(Collectors.joining(", ")) + ")";
          out.println("    " + id + why);
        }
      }
    }
    return 0;
  }
}
