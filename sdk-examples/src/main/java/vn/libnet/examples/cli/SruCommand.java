package vn.libnet.examples.cli;

import vn.libnet.core.sru.SruVersion;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
import vn.libnet.client.LibnetClientException;
import vn.libnet.client.LibnetTransportException;
import vn.libnet.client.sru.SruClient;
import vn.libnet.client.sru.SruDiagnostic;
import vn.libnet.client.sru.SruDiagnosticException;
import vn.libnet.client.sru.SruException;
import vn.libnet.client.sru.SruExplain;
import vn.libnet.client.sru.SruRecord;
import vn.libnet.client.sru.SruResult;
import vn.libnet.client.sru.SruTerm;

import vn.libnet.core.cql.Cql;
import vn.libnet.core.cql.CqlSyntaxException;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.ReadOptions;

/**
 * {@code libnet sru search|explain|scan URL ...}: searches any library's catalogue over SRU 1.1, 1.2 or 2.0
 * through sdk-client's {@link SruClient}. Exit 0 done; 1 the server answered a fatal diagnostic; 2 usage, a
 * CQL syntax error (found before anything is sent), or an endpoint that cannot be reached or is not SRU.
 */
@Command(
    name = "sru",
    description = {"Search a catalogue over SRU (1.1, 1.2, 2.0): search, explain, scan.", "Tìm trong một mục lục qua SRU (1.1, 1.2, 2.0): search, explain, scan."},
    subcommands = {SruCommand.Search.class, SruCommand.Explain.class, SruCommand.Scan.class, LibnetHelp.class})
final class SruCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What the three subcommands share: the URL, the version, the language, and how failures are said. */
  abstract static class Endpoint implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = {"The SRU base URL (http or https).", "URL gốc SRU (http hoặc https)."})
    String url;

    @Option(names = "--sru-version", paramLabel = "1.1|1.2|2.0", defaultValue = "1.2",
        description = {"The SRU version to speak (default: ${DEFAULT-VALUE}).", "Phiên bản SRU sử dụng (mặc định: ${DEFAULT-VALUE})."})
    String version;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
        description = {"Output format (default: ${DEFAULT-VALUE}).", "Khổ mẫu đầu ra (mặc định: ${DEFAULT-VALUE})."})
    OaiCommand.Format format;

    @Mixin LanguageOption language;

    @Spec CommandSpec spec;

    interface Action {
      void run(SruClient sru, Locale locale) throws Exception;
    }

    Integer with(SruClient.Builder b, Action action) {
      Locale locale = language.locale();
      PrintWriter err = spec.commandLine().getErr();
      SruVersion v = SruVersion.fromProtocol(version);
      if (v == null) {
        throw new Cli.UserError(CliText.text(locale, "error.badValue", "--sru-version", version));
      }
      SruClient sru;
      try {
        sru = b.baseUrl(url).sruVersion(v).locale(locale).build();
      } catch (IllegalArgumentException e) {
        err.println(CliText.text(locale, "sru.badUrl", url));
        return LibnetCli.USAGE_OR_IO;
      }
      try (sru) {
        action.run(sru, locale);
        return 0;
      } catch (SruDiagnosticException e) {
        SruDiagnostic d = e.diagnostic();
        err.println(CliText.text(locale, "sru.diagnostic", url, d.uri(), d.message().isBlank() ? "-" : d.message(), d.details().isBlank() ? "-" : d.details()));
        return 1;
      } catch (SruException e) {
        err.println(CliText.text(locale, "sru.notSru", url));
        return LibnetCli.USAGE_OR_IO;
      } catch (LibnetTransportException e) {
        err.println(CliText.text(locale, "sru.unreachable", url));
        return LibnetCli.USAGE_OR_IO;
      } catch (LibnetClientException e) {
        err.println(e.message(locale));
        return LibnetCli.USAGE_OR_IO;
      } catch (Cli.UserError e) {
        throw e;
      } catch (Exception e) {
        err.println(CliErrors.describe(e, locale));
        return LibnetCli.USAGE_OR_IO;
      }
    }
  }

  /** {@code libnet sru search URL QUERY}. */
  @Command(
      name = "search",
      description = {"searchRetrieve: the records a CQL query finds, page after page; the hit count first.",
          "searchRetrieve: các biểu ghi một truy vấn CQL tìm được, hết trang này sang trang khác; trước hết là số kết quả.",
          "Exit 0: done; 1: the server answered a diagnostic; 2: usage, a CQL syntax error, unreachable, or not SRU.",
          "Mã thoát 0: xong; 1: máy chủ trả lời bằng một chẩn đoán; 2: lỗi cách dùng, lỗi cú pháp CQL, không kết nối được, hoặc không phải SRU."})
  static final class Search extends Endpoint {
    @Parameters(index = "1", paramLabel = "QUERY", description = {"The CQL query, e.g. 'dc.title = history'.", "Truy vấn CQL, ví dụ 'dc.title = \"lịch sử\"'."})
    String query;

    @Option(names = "--schema", paramLabel = "SCHEMA", defaultValue = "marcxml",
        description = {"recordSchema: marcxml (default), dc, or one the server names.", "recordSchema: marcxml (mặc định), dc, hoặc lược đồ máy chủ có."})
    String schema;

    @Option(names = "--max", paramLabel = "N", defaultValue = "10",
        description = {"At most N records (default: ${DEFAULT-VALUE}; 0 for the hit count only).", "Tối đa N biểu ghi (mặc định: ${DEFAULT-VALUE}; 0 để chỉ lấy số kết quả)."})
    int max;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
        description = {"Write to FILE instead of standard output (-).", "Ghi vào FILE thay vì đầu ra chuẩn (-)."})
    Path output;

    @Override
    public Integer call() {
      Locale locale = language.locale();
      if (max < 0) {
        throw new Cli.UserError(CliText.text(locale, "error.badValue", "--max", String.valueOf(max)));
      }
      try {
        // Read here first: a syntax error is the person's, said with its position, and nothing is sent.
        Cql.parse(query);
      } catch (CqlSyntaxException e) {
        spec.commandLine().getErr().println(e.message(locale));
        return LibnetCli.USAGE_OR_IO;
      }
      return with(SruClient.builder().recordSchema(schema).maximumRecords(Math.max(1, Math.min(max, 100))), (sru, l) -> {
        SruResult result = sru.searchRetrieve(query);
        List<SruRecord> records = max == 0 ? List.of() : result.records().limit(max).toList();
        try (OutputStream sink = Cli.create(output == null ? Path.of("-") : output, Cli.root(spec).rawOut());
            PrintWriter out = new PrintWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
          if (format == OaiCommand.Format.json) {
            out.println(json(result, records).toPrettyString());
          } else {
            out.println(CliText.text(l, "sru.hits", result.numberOfRecords() < 0 ? "?" : String.valueOf(result.numberOfRecords()), records.size()));
            for (SruRecord r : records) {
              out.println(r.surrogate() ? CliText.text(l, "sru.surrogate", r.position(), r.diagnostic().get().uri(), r.diagnostic().get().message())
                  : r.position() + "\t" + id(r) + "\t" + title(r));
            }
            result.diagnostics().forEach(d -> out.println(CliText.text(l, "sru.warning", d.uri(), d.message())));
          }
        }
      });
    }

    private ObjectNode json(SruResult result, List<SruRecord> records) {
      ObjectNode doc = LibnetJson.mapper().createObjectNode();
      doc.put("numberOfRecords", result.numberOfRecords());
      ArrayNode ids = doc.putArray("ids");
      ArrayNode recs = doc.putArray("records");
      for (SruRecord r : records) {
        ids.add(r.surrogate() ? "" : id(r));
        ObjectNode n = recs.addObject().put("position", r.position()).put("schema", r.schema());
        if (r.surrogate()) {
          n.put("diagnostic", r.diagnostic().get().uri());
        } else {
          n.put("data", r.data());
        }
      }
      List<String> uris = new java.util.ArrayList<>(result.diagnostics().stream().map(SruDiagnostic::uri).toList());
      records.stream().filter(SruRecord::surrogate).forEach(r -> uris.add(r.diagnostic().get().uri()));
      if (!uris.isEmpty()) {
        uris.forEach(doc.putArray("diagnostics")::add);
      }
      return doc;
    }

    /** The record's 001, else its identifier, else its position. */
    private static String id(SruRecord r) {
      List<MarcRead> marc = r.marcRecords(ReadOptions.lenient());
      if (!marc.isEmpty() && marc.get(0).readable() && marc.get(0).record().getControlNumber() != null) {
        return marc.get(0).record().getControlNumber();
      }
      return r.identifier().or(() -> r.bibRecord().map(b -> b.id())).orElse(String.valueOf(r.position()));
    }

    private static String title(SruRecord r) {
      return r.bibRecord().flatMap(b -> b.titles().stream().findFirst()).map(t -> t.title())
          .or(() -> r.marcRecords(ReadOptions.lenient()).stream().filter(MarcRead::readable).findFirst()
              .map(m -> m.record().getVariableField("245")).map(f -> ((org.marc4j.marc.DataField) f).getSubfieldsAsString("ab")))
          .orElse("");
    }
  }

  /** {@code libnet sru explain URL}. */
  @Command(
      name = "explain",
      description = {"explain: the server's indexes, record schemas and defaults.", "explain: các chỉ mục, lược đồ biểu ghi và giá trị mặc định của máy chủ.",
          "Exit 0: done; 1: a diagnostic; 2: usage, unreachable, or not SRU.", "Mã thoát 0: xong; 1: một chẩn đoán; 2: lỗi cách dùng, không kết nối được, hoặc không phải SRU."})
  static final class Explain extends Endpoint {
    @Override
    public Integer call() {
      return with(SruClient.builder(), (sru, l) -> {
        SruExplain e = sru.explain();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OaiCommand.Format.json) {
          // Built by hand: the record's OptionalInts are no JSON Jackson writes without a module.
          com.fasterxml.jackson.databind.node.ObjectNode j = LibnetJson.mapper().createObjectNode();
          j.put("version", e.version()).put("host", e.host()).put("port", e.port()).put("database", e.database()).put("title", e.title())
              .put("description", e.description());
          e.defaultNumberOfRecords().ifPresent(n -> j.put("defaultNumberOfRecords", n));
          e.maximumRecords().ifPresent(n -> j.put("maximumRecords", n));
          j.set("indexes", LibnetJson.mapper().valueToTree(e.indexes()));
          j.set("schemas", LibnetJson.mapper().valueToTree(e.schemas()));
          j.set("diagnostics", LibnetJson.mapper().valueToTree(e.diagnostics()));
          out.println(j.toPrettyString());
        } else {
          out.println(CliText.text(l, "sru.explain", e.title(), e.version(), e.host() + ":" + e.port() + "/" + e.database(),
              e.defaultNumberOfRecords().isPresent() ? String.valueOf(e.defaultNumberOfRecords().getAsInt()) : "-",
              e.maximumRecords().isPresent() ? String.valueOf(e.maximumRecords().getAsInt()) : "-"));
          e.indexes().forEach(i -> out.println("index\t" + String.join(" ", i.names()) + "\t" + i.title()));
          e.schemas().forEach(s -> out.println("schema\t" + s.name() + "\t" + s.identifier() + "\t" + s.title()));
        }
        out.flush();
      });
    }
  }

  /** {@code libnet sru scan URL INDEX TERM}. */
  @Command(
      name = "scan",
      description = {"scan: the terms of an index around TERM, with their counts.", "scan: các thuật ngữ của một chỉ mục quanh TERM, kèm số lượng.",
          "Exit 0: done; 1: a diagnostic; 2: usage, unreachable, or not SRU.", "Mã thoát 0: xong; 1: một chẩn đoán; 2: lỗi cách dùng, không kết nối được, hoặc không phải SRU."})
  static final class Scan extends Endpoint {
    @Parameters(index = "1", paramLabel = "INDEX", description = {"The index, e.g. dc.title.", "Chỉ mục, ví dụ dc.title."})
    String index;

    @Parameters(index = "2", paramLabel = "TERM", description = {"Where to start.", "Thuật ngữ bắt đầu."})
    String term;

    @Option(names = "--max", paramLabel = "N", defaultValue = "20", description = {"At most N terms (default: ${DEFAULT-VALUE}).", "Tối đa N thuật ngữ (mặc định: ${DEFAULT-VALUE})."})
    int max;

    @Override
    public Integer call() {
      return with(SruClient.builder(), (sru, l) -> {
        List<SruTerm> terms = sru.scan(index, term, max);
        PrintWriter out = spec.commandLine().getOut();
        for (SruTerm t : terms) {
          out.println(format == OaiCommand.Format.json ? LibnetJson.mapper().valueToTree(t).toString() : t.value() + "\t" + t.numberOfRecords());
        }
        out.flush();
      });
    }
  }
}
