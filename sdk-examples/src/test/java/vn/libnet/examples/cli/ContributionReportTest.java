package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.DataField;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.LibnetTestHub;

/** {@code libnet contribute --report}: one outcome per record, in JSON Lines, CSV or HTML, resumed runs included. */
class ContributionReportTest {
  private static final String ISIL = "VN-HaNoi-TVHN";
  private static final String HOSTILE = "<script>alert(1)</script>";
  @TempDir Path dir;

  @Test
  void eachRecordsOutcomeIsWrittenAndTheSummarySaysWhere() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(k.getPrivate()));
    Path file = dir.resolve("catalogue.mrc");
    AtomicInteger n = new AtomicInteger();
    try (MarcRecordWriter w = MarcWriters.open(file, MarcFormat.ISO2709)) {
      SyntheticRecords.builder().seed(90).build().stream(20).forEach(s -> {
        int number = n.incrementAndGet();
        if (number == 3 || number == 7) {
          // Another library's holding: the hub rejects it (UC_HOLDING_ISIL), quoting the value in its message.
          ((DataField) s.record().getVariableField("852")).getSubfield('a').setData(number == 7 ? HOSTILE : "VN-HCM-TVKHTH");
        }
        w.write(s.record());
      });
    }
    try (LibnetTestHub hub = LibnetTestHub.builder().trust(new VerificationKey(ISIL + "#k1", SignatureAlgorithm.ED25519, k.getPublic())).start()) {
      Path jwks = Files.writeString(dir.resolve("hub.jwks.json"), hub.jwks());
      Path jsonl = dir.resolve("outcomes.jsonl");
      LibnetCliTest.Run first = LibnetCliTest.run("contribute", file.toString(), "--hub", hub.baseUrl(), "--isil", ISIL, "--key", key.toString(),
          "--hub-jwks", jwks.toString(), "--batch-size", "5", "--report", jsonl.toString(), "--lang", "en");
      assertThat(first.code()).as(first.out() + first.err()).isEqualTo(1);
      assertThat(first.out()).contains("18 accepted, 0 merged, 2 rejected").contains("Outcome of each record: " + jsonl);
      List<JsonNode> lines = Files.readAllLines(jsonl).stream().map(ContributionReportTest::json).toList();
      assertThat(lines).extracting(l -> l.get("record").asInt()).containsExactlyInAnyOrderElementsOf(
          java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
      Set<Integer> rejected = lines.stream().filter(l -> l.get("outcome").asText().equals("REJECTED")).map(l -> l.get("record").asInt())
          .collect(Collectors.toSet());
      assertThat(rejected).containsExactlyInAnyOrder(3, 7);
      assertThat(lines).filteredOn(l -> l.get("record").asInt() == 7).singleElement().satisfies(l -> {
        assertThat(l.get("controlNumber").asText()).isNotBlank();
        assertThat(l.get("cluster").isNull()).isTrue();
        assertThat(l.get("issues").findValuesAsText("code")).contains("UC_HOLDING_ISIL");
        assertThat(l.get("issues").findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains(HOSTILE, ISIL));
      });
      assertThat(lines).filteredOn(l -> l.get("outcome").asText().equals("ACCEPTED")).hasSize(18)
          .allSatisfy(l -> assertThat(l.get("cluster").asText()).isNotBlank());

      // Run again: nothing is sent, every batch was done earlier, and the report says so, in Vietnamese.
      Path csv = dir.resolve("again.csv");
      LibnetCliTest.Run again = LibnetCliTest.run("contribute", file.toString(), "--hub", hub.baseUrl(), "--isil", ISIL, "--key", key.toString(),
          "--hub-jwks", jwks.toString(), "--report", csv.toString(), "--lang", "vi");
      assertThat(again.out()).contains("Kết quả của từng biểu ghi: " + csv);
      List<String> rows = Files.readAllLines(csv);
      assertThat(rows.get(0)).isEqualTo("\ufeffbiểu ghi,001,kết quả,cụm,mã,lỗi");
      assertThat(rows.subList(1, rows.size())).hasSize(20).allSatisfy(r -> assertThat(r).matches("\\d+,[^,]+,DONE_EARLIER,,,"));

      // HTML: the same outcomes as a table, record data escaped.
      Path html = dir.resolve("outcomes.html");
      LibnetCliTest.Run third = LibnetCliTest.run("contribute", file.toString(), "--hub", hub.baseUrl(), "--isil", ISIL, "--key", key.toString(),
          "--hub-jwks", jwks.toString(), "--checkpoint", dir.resolve("fresh.checkpoint").toString(), "--batch-size", "5", "--report", html.toString(),
          "--lang", "en");
      assertThat(third.code()).isEqualTo(1);
      String page = Files.readString(html);
      assertThat(page).startsWith("<!DOCTYPE html>").contains("<td class=\"REJECTED\">rejected</td>").contains("UC_HOLDING_ISIL")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(HOSTILE).doesNotContain("<script");
      assertThat(page.split("<tr class=", -1).length - 1).isEqualTo(20);

      LibnetCliTest.Run unknown = LibnetCliTest.run("contribute", file.toString(), "--hub", hub.baseUrl(), "--isil", ISIL, "--key", key.toString(),
          "--hub-jwks", jwks.toString(), "--report", dir.resolve("outcomes.txt").toString(), "--lang", "en");
      assertThat(unknown.code()).isEqualTo(2);
      assertThat(unknown.err().strip()).isEqualTo("Cannot tell the report's format from \"" + dir.resolve("outcomes.txt")
          + "\"; name it .jsonl, .csv or .html, or give --report-format jsonl, csv or html.");
    }
  }

  private static JsonNode json(String line) {
    try {
      return LibnetJson.mapper().readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
