package vn.libnet.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetClientException;
import vn.libnet.client.LibnetProblemException;
import vn.libnet.core.json.JsonDocument;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.readiness.ReadinessCatalog;
import vn.libnet.core.readiness.ReadinessJson;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.survey.ReadinessResponse;

/**
 * {@code libnet readiness submit RESPONSE.json}: sends a library's readiness response to the hub, signed,
 * and prints the score the hub computed (with what the hub measured itself beside what was declared).
 */
@Command(
    name = "submit",
    description = {
      "Send readiness responses to the hub, signed, and print the scores it computed. A library answers for itself; the provincial "
          + "public library may answer for the libraries of its province.",
      "Gửi phiếu trả lời khảo sát mức độ sẵn sàng lên hub, có chữ ký, và in điểm hub đã chấm. Thư viện tự trả lời cho mình; thư viện "
          + "công cộng cấp tỉnh có thể trả lời thay các thư viện trong tỉnh.",
      "Exit 0: every response accepted; 1: some refused (invalid, or not yours to answer); 2: usage, I/O, or the hub cannot be reached.",
      "Mã thoát 0: mọi phiếu được nhận; 1: có phiếu bị từ chối (không hợp lệ, hoặc không thuộc quyền trả lời); 2: lỗi cách dùng, đọc "
          + "ghi, hoặc không kết nối được hub."
    })
final class ReadinessSubmitCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "RESPONSE.json",
      description = {"Readiness responses (one or an array per file).", "Các phiếu trả lời (một phiếu hoặc một mảng mỗi tệp)."})
  List<Path> files;

  @Mixin HubIdentity identity;

  @Mixin HubTrustOptions trust;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = {"Output format (default: ${DEFAULT-VALUE}).", "Khổ mẫu kết quả (mặc định: ${DEFAULT-VALUE})."})
  ReadinessEvidenceCommand.Format format;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String missing = identity.missing(identity.hub, locale);
    if (missing != null) {
      throw new Cli.UserError(missing);
    }
    List<ReadinessResponse> responses = read(locale);
    Cli.requireReachable(identity.hub, locale);
    HubKeys trusted = trust.trusted(locale);
    ReadinessText text = new ReadinessText(locale);
    List<LibraryScore> accepted = new ArrayList<>();
    com.fasterxml.jackson.databind.node.ArrayNode refusals = LibnetJson.mapper().createArrayNode();
    int refused = 0;
    try (LibnetClient client = LibnetClient.builder().baseUrl(identity.hub).libraryIsil(identity.isil)
        .signingKey(identity.keyId(), identity.privateKey(locale)).hubKeys(trusted).build()) {
      for (ReadinessResponse r : responses) {
        try {
          LibraryScore s = client.submitReadinessResponse(r);
          accepted.add(s);
          if (format == ReadinessEvidenceCommand.Format.text) {
            out.println(text.t("readiness.submit.accepted", s.isil(), text.score(s.score()), text.band(s.band())));
            Criteria criteria = ReadinessCatalog.standard().criteria(r.questionnaireId()).orElse(null);
            if (criteria != null) {
              ReadinessScoreCommand.printIndicators(out, text, criteria, s);
            }
          }
        } catch (LibnetProblemException e) {
          if (e.problemCode() == ProblemCode.UNKNOWN || e.status() >= 500) {
            throw e;
          }
          refused++;
          refusals.addObject().put("isil", r.isil()).put("status", e.status()).put("code", e.problemCode().name())
              .put("message", e.message(locale)).set("issues", LibnetJson.mapper().valueToTree(e.issues()));
          err.println(text.t("readiness.submit.refused", r.isil(), e.message(locale)));
          ReportPrinter.printIssues(e.issues(), locale, err);
        }
      }
    } catch (LibnetClientException e) {
      err.println(e.message(locale));
      return LibnetCli.USAGE_OR_IO;
    }
    if (format == ReadinessEvidenceCommand.Format.json) {
      com.fasterxml.jackson.databind.node.ObjectNode doc = LibnetJson.mapper().createObjectNode();
      doc.set("accepted", LibnetJson.mapper().valueToTree(accepted));
      doc.set("refused", refusals);
      out.println(doc.toPrettyString());
    }
    out.flush();
    err.println(text.t("readiness.submit.summary", responses.size(), accepted.size(), refused));
    return refused > 0 ? 1 : 0;
  }

  private List<ReadinessResponse> read(Locale locale) throws java.io.IOException {
    List<ReadinessResponse> out = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isReadable(f)) {
        throw new Cli.UserError(CliText.text(locale, "error.noFile", f));
      }
      List<JsonDocument<ReadinessResponse>> docs = new ArrayList<>();
      try (InputStream in = Files.newInputStream(f)) {
        ReadinessJson.readResponses(in, locale, docs::add);
      }
      for (JsonDocument<ReadinessResponse> d : docs) {
        if (!d.readable()) {
          // Nothing is sent when a file cannot be read: a half-sent survey is harder to mend than none.
          throw new Cli.UserError(f + ": " + d.problem().message());
        }
        out.add(d.value());
      }
    }
    return out;
  }
}
