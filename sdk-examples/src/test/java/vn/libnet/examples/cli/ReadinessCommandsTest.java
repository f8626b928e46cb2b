package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code libnet readiness score} on the crafted responses of src/test/resources/readiness, whose scores were
 * worked out by hand (qd206-2021 v1; see the comments), and its errors.
 */
class ReadinessCommandsTest {
  @TempDir Path dir;

  /** Copies the named test resources into {@code dir}, returning the path of each. */
  static Path copy(Path dir, String name) {
    try (InputStream in = ReadinessCommandsTest.class.getResourceAsStream("/readiness/" + name)) {
      Path p = dir.resolve(name);
      Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return p;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Map<String, JsonNode> scoresByIsil(JsonNode json) {
    Map<String, JsonNode> m = new HashMap<>();
    for (JsonNode r : json.get("results")) {
      if (r.has("score")) {
        m.put(r.get("score").get("isil").asText(), r.get("score"));
      }
    }
    return m;
  }

  private static JsonNode indicator(JsonNode score, String id) {
    for (JsonNode i : score.get("indicators")) {
      if (i.get("indicator").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id + " not in " + score);
  }

  @Test
  void scoresEachLibraryWithItsGroupsTargets() {
    Path responses = copy(dir, "responses.json");
    Path libraries = copy(dir, "libraries.json");
    LibnetCliTest.Run r = LibnetCliTest.run("readiness", "score", responses.toString(), "--libraries", libraries.toString(),
        "--format", "json", "--lang", "en");
    assertThat(r.code()).as(r.err() + r.out()).isZero();
    JsonNode json = MarcCommandsTest.parse(r.out());
    assertThat(json.get("criteria").asText()).isEqualTo("qd206-2021/1");
    assertThat(json.get("scored").asInt()).isEqualTo(6);
    Map<String, JsonNode> s = scoresByIsil(json);
    // VN-HN-A, provincial public library (ALL + PROVINCIAL): infra 0 (liên thông no), online 1, staff 15/20 = 75 %
    // -> 0.75: (0 + 1 + 0.75) / 3 = 0.583333, PARTIAL. rare_held is hidden (not a key library): ignored, INFO.
    assertThat(s.get("VN-HN-A").get("score").asDouble()).isCloseTo(1.75 / 3, within(1e-9));
    assertThat(s.get("VN-HN-A").get("band").asText()).isEqualTo("PARTIAL");
    assertThat(indicator(s.get("VN-HN-A"), "staff_trained").get("gap").asDouble()).isEqualTo(25.0);
    assertThat(indicator(s.get("VN-HN-A"), "infra_data_interop").get("status").asText()).isEqualTo("GAP");
    // VN-HCM-B, key provincial: infra 1, no website 0, rare 560/1000 = 56 % of 70 -> 0.8, staff 1: 2.8 / 4 = 0.7, NEAR.
    assertThat(s.get("VN-HCM-B").get("score").asDouble()).isCloseTo(0.7, within(1e-9));
    assertThat(s.get("VN-HCM-B").get("band").asText()).isEqualTo("NEAR");
    assertThat(indicator(s.get("VN-HCM-B"), "digitized_rare").get("target").get("libraryTarget2025").asDouble()).isEqualTo(70.0);
    // VN-DN-D, other university (80 % website target): 1 + own research 25 % of 70 (0.357143) + 1 = 0.785714, NEAR.
    assertThat(s.get("VN-DN-D").get("score").asDouble()).isCloseTo((2 + 25.0 / 70) / 3, within(1e-9));
    assertThat(indicator(s.get("VN-DN-D"), "online_services_other").get("target").get("librariesShare2025").asDouble()).isEqualTo(80.0);
    // VN-HN-E, listed university: open data no -> 0; own research held 0 -> not applicable; staff 1: 1 / 2 = 0.5.
    assertThat(s.get("VN-HN-E").get("score").asDouble()).isEqualTo(0.5);
    assertThat(indicator(s.get("VN-HN-E"), "digitized_own_research").get("status").asText()).isEqualTo("NOT_APPLICABLE");
    // VN-NLV, the National Library (KEY by type): no rare collection -> the rare questions are hidden, not
    // applicable; infra 1 (liên thông measured yes, declared yes: BOTH, agreeing), online 1, staff 1 -> 1, MET.
    assertThat(s.get("VN-NLV").get("score").asDouble()).isEqualTo(1.0);
    assertThat(s.get("VN-NLV").get("band").asText()).isEqualTo("MET");
    assertThat(indicator(s.get("VN-NLV"), "infra_data_interop").get("provenance").asText()).isEqualTo("BOTH");
    assertThat(indicator(s.get("VN-NLV"), "infra_data_interop").get("agrees").asBoolean()).isTrue();
    assertThat(indicator(s.get("VN-NLV"), "digitized_rare").get("status").asText()).isEqualTo("NOT_APPLICABLE");
    // VN-HD-H, school (60 % of school libraries): website with services 1, staff 4/4 1 -> 1, MET; former code 30 -> 31.
    assertThat(s.get("VN-HD-H").get("score").asDouble()).isEqualTo(1.0);
    assertThat(s.get("VN-HD-H").get("provinceCode").asText()).isEqualTo("31");
    assertThat(indicator(s.get("VN-HD-H"), "online_services_school").get("target").get("librariesShare2025").asDouble()).isEqualTo(60.0);
  }

  @Test
  void textOutputNamesTheIndicatorsTargetsAndProvenanceInEitherLanguage() {
    Path responses = copy(dir, "responses.json");
    Path libraries = copy(dir, "libraries.json");
    LibnetCliTest.Run en = LibnetCliTest.run("readiness", "score", responses.toString(), "--libraries", libraries.toString(), "--lang", "en");
    assertThat(en.code()).as(en.err()).isZero();
    assertThat(en.out()).contains("VN-HCM-B Thư viện Khoa học Tổng hợp TP. Hồ Chí Minh, Public library, groups KEY, PROVINCIAL, ALL: score 0.700, band near")
        .contains("digitized_rare", "gap", "value 56 %, target 70 % short by 14")
        .contains("value yes, target yes, for 100 % of the group's libraries (declared and measured)")
        .contains("6 responses read, 6 scored, 0 with errors.");
    LibnetCliTest.Run vi = LibnetCliTest.run("readiness", "score", responses.toString(), "--libraries", libraries.toString(), "--lang", "vi");
    assertThat(vi.out()).contains("điểm 0,700, mức gần đạt").contains("giá trị 56 %, mục tiêu 70 % còn thiếu 14")
        .contains("Đã đọc 6 phiếu, chấm điểm 6 phiếu, 0 phiếu có lỗi.");
  }

  @Test
  void aMissingAnswerIsReportedWithFileAndQuestionAndCountsZeroWhileOtherFilesAreScored() {
    Path good = copy(dir, "responses.json");
    Path missing = copy(dir, "responses-missing.json");
    Path broken = copy(dir, "responses-broken.json");
    Path libraries = copy(dir, "libraries.json");
    LibnetCliTest.Run r = LibnetCliTest.run("readiness", "score", good.toString(), missing.toString(), broken.toString(),
        "--libraries", libraries.toString(), "--format", "json", "--lang", "en");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode json = MarcCommandsTest.parse(r.out());
    assertThat(json.get("responses").asInt()).isEqualTo(8);
    assertThat(json.get("scored").asInt()).isEqualTo(7);
    assertThat(json.get("invalid").asInt()).isEqualTo(2);
    JsonNode c = null;
    JsonNode unreadable = null;
    for (JsonNode res : json.get("results")) {
      if (res.get("file").asText().equals(missing.toString())) {
        c = res;
      } else if (res.get("file").asText().equals(broken.toString())) {
        unreadable = res;
      }
    }
    assertThat(c.get("valid").asBoolean()).isFalse();
    assertThat(c.get("issues").get(0).get("code").asText()).isEqualTo("READINESS_ANSWER_MISSING");
    assertThat(c.get("issues").get(0).get("path").asText()).isEqualTo("/answers/staff_trained");
    // School library: website with services 1; staff_trained missing -> 0: (1 + 0) / 2 = 0.5, PARTIAL.
    assertThat(c.get("score").get("score").asDouble()).isEqualTo(0.5);
    assertThat(indicator(c.get("score"), "staff_trained").get("status").asText()).isEqualTo("MISSING");
    assertThat(unreadable.has("score")).isFalse();
    assertThat(unreadable.get("issues").get(0).get("code").asText()).isEqualTo("JSON_SYNTAX");

    LibnetCliTest.Run vi = LibnetCliTest.run("readiness", "score", missing.toString(), broken.toString(), "--libraries",
        libraries.toString(), "--lang", "vi");
    assertThat(vi.code()).isEqualTo(1);
    assertThat(vi.out()).contains(missing + " (tài liệu 1)").contains("READINESS_ANSWER_MISSING  /answers/staff_trained")
        .contains("Câu hỏi staff_trained là bắt buộc").contains(broken + " (tài liệu 1): không đọc được phiếu trả lời");
  }

  @Test
  void withoutAProfileOnlyTheIndicatorsForEveryLibraryApply() {
    Path missing = copy(dir, "responses.json");
    LibnetCliTest.Run r = LibnetCliTest.run("readiness", "score", missing.toString(), "--format", "json", "--lang", "en");
    JsonNode json = MarcCommandsTest.parse(r.out());
    JsonNode a = scoresByIsil(json).get("VN-HN-A");
    // Unknown type: group ALL only -> staff_trained alone, 15 / 20 = 75 % -> score 0.75, NEAR.
    assertThat(a.get("indicators")).hasSize(1);
    assertThat(a.get("score").asDouble()).isEqualTo(0.75);
    assertThat(json.get("results").get(0).get("profiled").asBoolean()).isFalse();
    LibnetCliTest.Run text = LibnetCliTest.run("readiness", "score", missing.toString(), "--lang", "en");
    assertThat(text.out()).contains("No library profile for VN-HN-A (give --libraries)");
  }

  @Test
  void usageErrorsAreBilingualAndExitTwo() {
    Path responses = copy(dir, "responses.json");
    LibnetCliTest.Run unknown = LibnetCliTest.run("readiness", "score", responses.toString(), "--criteria", "qd999", "--lang", "en");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("No criteria \"qd999\"").contains("qd206-2021/1");
    LibnetCliTest.Run vi = LibnetCliTest.run("readiness", "score", responses.toString(), "--criteria", "qd206-2021/7", "--lang", "vi");
    assertThat(vi.code()).isEqualTo(2);
    assertThat(vi.err()).contains("Không có bộ tiêu chí \"qd206-2021/7\"");
    LibnetCliTest.Run noFile = LibnetCliTest.run("readiness", "score", dir.resolve("none.json").toString(), "--lang", "en");
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("none.json");
    LibnetCliTest.Run noArgs = LibnetCliTest.run("readiness", "report", responses.toString(), "--lang", "vi");
    assertThat(noArgs.code()).isEqualTo(2);
    assertThat(noArgs.err()).contains("--libraries");
    LibnetCliTest.Run badBy = LibnetCliTest.run("readiness", "report", responses.toString(), "--libraries", responses.toString(),
        "--by", "district", "-o", "x", "--lang", "en");
    assertThat(badBy.code()).isEqualTo(2);
    assertThat(badBy.err()).contains("district").contains("province, type");
  }

  @Test
  void helpInBothLanguages() {
    for (String[] path : new String[][] {{"readiness"}, {"readiness", "score"}, {"readiness", "report"}, {"statistics"},
        {"statistics", "check"}}) {
      LibnetCliTest.Run help = LibnetCliTest.run(CliHelpTest.concat(java.util.List.of(path), "--help"));
      assertThat(help.code()).isZero();
      assertThat(help.out()).contains("Usage (cách dùng): libnet " + String.join(" ", path));
      assertThat(CliHelpTest.VIETNAMESE.matcher(help.out()).find()).isTrue();
    }
    assertThat(LibnetCliTest.run("readiness").out()).contains("score", "report", "Chấm điểm phiếu trả lời");
  }
}
