package vn.libnet.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.client.oai.OaiHarvester;
import vn.libnet.client.oai.OaiIdentify;
import vn.libnet.client.oai.OaiMetadataFormat;
import vn.libnet.client.oai.OaiSet;
import vn.libnet.core.json.LibnetJson;

/**
 * {@code libnet oai ...}: asks an OAI-PMH 2.0 repository what it is and what it holds, through sdk-client's
 * {@link OaiHarvester}. Exit 0 done; 1 the repository answered an OAI-PMH error (other than {@code
 * noRecordsMatch}, which is an empty list); 2 usage, a bad date, or an endpoint that cannot be reached or
 * does not speak OAI-PMH. See {@link OaiEndpoint} for how failures are worded.
 */
@Command(
    name = "oai",
    description = {"Ask an OAI-PMH 2.0 repository: identify, formats, sets, list-identifiers; or publish a MARC file as one: serve.",
        "Hỏi một kho OAI-PMH 2.0: thông tin kho, khổ mẫu, tập hợp, danh sách định danh; hoặc công bố một tệp MARC thành kho: serve."},
    subcommands = {OaiCommand.Identify.class, OaiCommand.Formats.class, OaiCommand.Sets.class, OaiListIdentifiersCommand.class,
        OaiHarvestCommand.class, OaiServeCommand.class, LibnetHelp.class})
final class OaiCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Report formats of the commands that print what the repository said. */
  enum Format {
    text,
    json
  }

  /** What the three query commands share: the URL, {@code --format}, {@code --lang}. */
  abstract static class Query implements Callable<Integer> {
    @Mixin OaiEndpoint endpoint;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
        description = {"Output format (default: ${DEFAULT-VALUE}); json: one document, or one object per line for a list.",
            "Khổ mẫu đầu ra (mặc định: ${DEFAULT-VALUE}); json: một tài liệu, hoặc mỗi dòng một đối tượng với danh sách."})
    Format format;

    @Mixin LanguageOption language;

    @Spec CommandSpec spec;
  }

  /** {@code libnet oai identify URL}. */
  @Command(
      name = "identify",
      description = {"Print the repository's Identify answer: name, granularity, deleted-record policy, admins.",
          "In câu trả lời Identify của kho: tên, độ chi tiết ngày, chính sách biểu ghi đã xoá, quản trị viên.",
          "Exit 0: done; 1: the repository answered an OAI-PMH error; 2: usage, unreachable, or not OAI-PMH.",
          "Mã thoát 0: xong; 1: kho trả lời bằng lỗi OAI-PMH; 2: lỗi cách dùng, không kết nối được, hoặc không phải OAI-PMH."})
  static final class Identify extends Query {
    @Override
    public Integer call() {
      Locale locale = language.locale();
      return endpoint.run(spec, locale, oai -> {
        OaiIdentify id = oai.identify();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
          ObjectNode doc = LibnetJson.mapper().createObjectNode();
          doc.put("repositoryName", id.repositoryName());
          doc.put("baseUrl", id.baseUrl());
          doc.put("protocolVersion", id.protocolVersion());
          doc.put("earliestDatestamp", id.earliestDatestamp());
          doc.put("deletedRecord", id.deletedRecord().name().toLowerCase(Locale.ROOT));
          doc.put("granularity", id.granularity().pattern());
          ArrayNode emails = doc.putArray("adminEmails");
          id.adminEmails().forEach(emails::add);
          out.println(doc.toPrettyString());
        } else {
          out.println(CliText.text(locale, "oai.identify.text", id.repositoryName(), id.baseUrl(), id.protocolVersion(),
              id.earliestDatestamp(), id.deletedRecord().name().toLowerCase(Locale.ROOT), id.granularity().pattern(),
              String.join(", ", id.adminEmails())));
        }
        out.flush();
      });
    }
  }

  /** {@code libnet oai formats URL [--identifier ID]}. */
  @Command(
      name = "formats",
      description = {"List the metadata formats of the repository, or of one item (--identifier).",
          "Liệt kê các khổ mẫu siêu dữ liệu của kho, hoặc của một tài liệu (--identifier).",
          "Exit 0: done; 1: the repository answered an OAI-PMH error (idDoesNotExist ...); 2: usage, unreachable, or not OAI-PMH.",
          "Mã thoát 0: xong; 1: kho trả lời bằng lỗi OAI-PMH (idDoesNotExist ...); 2: lỗi cách dùng, không kết nối được, hoặc không phải OAI-PMH."})
  static final class Formats extends Query {
    @Option(names = "--identifier", paramLabel = "ID",
        description = {"The formats of this item only (its OAI identifier).", "Chỉ các khổ mẫu của tài liệu này (định danh OAI của nó)."})
    String identifier;

    @Override
    public Integer call() {
      return endpoint.run(spec, language.locale(), oai -> {
        List<OaiMetadataFormat> formats = oai.listMetadataFormats(identifier);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
          ArrayNode list = LibnetJson.mapper().createArrayNode();
          formats.forEach(f -> list.addObject().put("prefix", f.prefix()).put("schema", f.schema()).put("namespace", f.namespace()));
          out.println(list.toPrettyString());
        } else {
          // prefix, schema, namespace: tab-separated, so that cut and awk read it whatever the widths
          formats.forEach(f -> out.println(f.prefix() + "\t" + f.schema() + "\t" + f.namespace()));
        }
        out.flush();
      });
    }
  }

  /** {@code libnet oai sets URL}. */
  @Command(
      name = "sets",
      description = {"List the sets of the repository (setSpec and name), following resumption tokens.",
          "Liệt kê các tập hợp của kho (setSpec và tên), theo các mã tiếp tục.",
          "Exit 0: done; 1: the repository answered an OAI-PMH error (noSetHierarchy ...); 2: usage, unreachable, or not OAI-PMH.",
          "Mã thoát 0: xong; 1: kho trả lời bằng lỗi OAI-PMH (noSetHierarchy ...); 2: lỗi cách dùng, không kết nối được, hoặc không phải OAI-PMH."})
  static final class Sets extends Query {
    @Override
    public Integer call() {
      return endpoint.run(spec, language.locale(), oai -> {
        PrintWriter out = spec.commandLine().getOut();
        // JSON lines rather than one array: a repository's sets can run to thousands, printed as they come
        try (Stream<OaiSet> sets = oai.listSets()) {
          sets.forEach(s -> out.println(format == Format.json
              ? LibnetJson.mapper().createObjectNode().put("spec", s.spec()).put("name", s.name()).toString()
              : s.spec() + "\t" + s.name()));
        }
        out.flush();
      });
    }
  }
}
