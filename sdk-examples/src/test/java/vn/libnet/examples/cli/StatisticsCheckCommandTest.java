package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code libnet statistics check} on the yearly reports of src/test/resources/readiness. */
class StatisticsCheckCommandTest {
  @TempDir Path dir;

  @Test
  void cleanReportsExitZeroAndAreSummedPerProvinceOf2025() {
    Path clean = ReadinessCommandsTest.copy(dir, "statistics-clean.json");
    Path libraries = ReadinessCommandsTest.copy(dir, "libraries.json");
    LibnetCliTest.Run r = LibnetCliTest.run("statistics", "check", clean.toString(), "--libraries", libraries.toString(),
        "--format", "json", "--lang", "en");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    JsonNode json = MarcCommandsTest.parse(r.out());
    assertThat(json.get("documents").asInt()).isEqualTo(3);
    assertThat(json.get("trends").has("issues")).isFalse();
    JsonNode years = json.get("provinces");
    assertThat(years).extracting(y -> y.get("year").asInt()).containsExactly(2023, 2024);
    JsonNode y2024 = years.get(1).get("provinces");
    JsonNode hanoi = null;
    JsonNode haiPhong = null;
    for (JsonNode p : y2024) {
      if (p.get("provinceCode").asText().equals("01")) {
        hanoi = p;
      } else if (p.get("provinceCode").asText().equals("31")) {
        haiPhong = p;
      }
    }
    // Hà Nội has three libraries in the profiles (A, E, NLV); A reported 402,300 loans in 2024.
    assertThat(hanoi.get("libraries").asInt()).isEqualTo(3);
    assertThat(hanoi.get("reporting")).extracting(JsonNode::asText).containsExactly("VN-HN-A");
    assertThat(hanoi.get("totals").get("LOANS").decimalValue()).isEqualByComparingTo("402300");
    // VN-HD-H has the former code 30 (Hải Dương): its report counts in Hải Phòng (31).
    assertThat(haiPhong.get("reporting")).extracting(JsonNode::asText).containsExactly("VN-HD-H");
    assertThat(haiPhong.get("totals").get("LOANS").decimalValue()).isEqualByComparingTo("5000");

    LibnetCliTest.Run text = LibnetCliTest.run("statistics", "check", clean.toString(), "--libraries", libraries.toString(), "--lang", "vi");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("Tổng theo tỉnh, năm 2024:").contains("31 Thành phố Hải Phòng: 1 trên 1 thư viện đã biết có báo cáo")
        .contains("Biến động giữa các năm: 2 thư viện, 0 vấn đề.");
  }

  @Test
  void inconsistentFiguresAndJumpsBetweenYearsExitOne() {
    Path issues = ReadinessCommandsTest.copy(dir, "statistics-issues.json");
    LibnetCliTest.Run r = LibnetCliTest.run("statistics", "check", issues.toString(), "--format", "json", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    JsonNode json = MarcCommandsTest.parse(r.out());
    // 2024: 1,300 active of 900 registered; 150,000 loans for 5,200 units = 28.8 a unit (over 20); 6,000 digitized
    // of 5,200 held. 2023 and 2025 are consistent.
    List<String> codes2024 = new ArrayList<>();
    json.get("results").get(1).get("issues").forEach(i -> codes2024.add(i.get("code").asText()));
    assertThat(codes2024).containsExactlyInAnyOrder("STATS_ACTIVE_EXCEEDS_REGISTERED", "STATS_LOANS_PER_ITEM_IMPLAUSIBLE",
        "STATS_DIGITIZED_EXCEEDS_HOLDINGS");
    assertThat(json.get("results").get(0).get("issues")).isEmpty();
    assertThat(json.get("results").get(2).get("issues")).isEmpty();
    // Year over year (factor 3): 2023 -> 2024 active 400 -> 1,300, loans 6,000 -> 150,000, digitized 100 -> 6,000;
    // 2024 -> 2025 back down: 1,300 -> 420, 150,000 -> 6,500, 6,000 -> 120. Six jumps.
    List<String> paths = new ArrayList<>();
    json.get("trends").get("issues").forEach(i -> paths.add(i.get("path").asText()));
    assertThat(paths).containsExactly("/VN-TH-C/2024/values/ACTIVE_USERS", "/VN-TH-C/2024/values/DIGITIZED_DOCUMENTS",
        "/VN-TH-C/2024/values/LOANS", "/VN-TH-C/2025/values/ACTIVE_USERS", "/VN-TH-C/2025/values/DIGITIZED_DOCUMENTS",
        "/VN-TH-C/2025/values/LOANS");
    LibnetCliTest.Run vi = LibnetCliTest.run("statistics", "check", issues.toString(), "--lang", "vi");
    assertThat(vi.out()).contains("STATS_YEAR_OVER_YEAR_JUMP").contains("thay đổi từ 6000 năm 2023 thành 150000 năm 2024");
  }

  @Test
  void usageAndUnreadableFiles() {
    LibnetCliTest.Run none = LibnetCliTest.run("statistics", "check", "--lang", "en");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("FILE");
    LibnetCliTest.Run missing = LibnetCliTest.run("statistics", "check", dir.resolve("no.json").toString(), "--lang", "vi");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no.json");
    Path broken = ReadinessCommandsTest.copy(dir, "responses-broken.json");
    LibnetCliTest.Run bad = LibnetCliTest.run("statistics", "check", broken.toString(), "--lang", "en");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.out()).contains("JSON_SYNTAX");
  }
}
