package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code libnet readiness report}: the aggregates of the crafted set (src/test/resources/readiness), worked out by
 * hand below, in JSON and in the XLSX workbook read back with Apache POI; and the province aggregation of 300
 * generated libraries, some with former province codes, against counts made here by plain arithmetic.
 */
class ReadinessReportTest {
  @TempDir Path dir;

  // Hand-computed from the scores in ReadinessCommandsTest (qd206-2021 v1):
  // A 0.583333 PARTIAL (01), B 0.7 NEAR (79), C 0.5 PARTIAL (38, staff_trained missing), D 0.785714 NEAR (48),
  // E 0.5 PARTIAL (01), F 1 MET (01), G did not answer (38), H 1 MET (30 -> 31).
  private static final double A = 1.75 / 3;
  private static final double D = (2 + 25.0 / 70) / 3;

  private LibnetCliTest.Run report(String by, String format, Path out, String lang) {
    Path responses = ReadinessCommandsTest.copy(dir, "responses.json");
    Path missing = ReadinessCommandsTest.copy(dir, "responses-missing.json");
    Path libraries = ReadinessCommandsTest.copy(dir, "libraries.json");
    return LibnetCliTest.run("readiness", "report", responses.toString(), missing.toString(), "--libraries", libraries.toString(),
        "--by", by, "--format", format, "--out", out.toString(), "--lang", lang);
  }

  static Map<String, JsonNode> areas(JsonNode json) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    json.get("areas").forEach(a -> m.put(a.get("key").asText(), a));
    return m;
  }

  static JsonNode indicator(JsonNode aggregate, String id) {
    for (JsonNode i : aggregate.get("indicators")) {
      if (i.get("indicator").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void jsonByProvinceHasTheHandComputedAggregates() throws IOException {
    Path out = dir.resolve("report.json");
    LibnetCliTest.Run r = report("province", "json", out, "en");
    // C's response misses a required answer: the report is written, the issue named, exit 1.
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("responses-missing.json (document 1), response of VN-TH-C:").contains("/answers/staff_trained");
    assertThat(r.out()).contains("Wrote " + out + ": 8 libraries, 7 answered.");
    JsonNode json = MarcCommandsTest.parse(Files.readString(out));
    assertThat(json.get("by").asText()).isEqualTo("province");
    Map<String, JsonNode> areas = areas(json);
    assertThat(areas).hasSize(34);  // every unit of 2025, none unplaced
    JsonNode hanoi = areas.get("01");
    assertThat(hanoi.get("libraries").asInt()).isEqualTo(3);
    // (A + E + F) / 3 = (0.583333 + 0.5 + 1) / 3 = 0.694444
    assertThat(hanoi.get("meanScore").asDouble()).isCloseTo((A + 0.5 + 1) / 3, within(1e-9));
    assertThat(hanoi.get("bands").get("PARTIAL").asInt()).isEqualTo(2);
    assertThat(hanoi.get("bands").get("MET").asInt()).isEqualTo(1);
    // infra_data_interop: A (GAP) and F (MET) -> 1 of 2 = 50 %, target 100 %, not reached.
    assertThat(indicator(hanoi, "infra_data_interop").get("shareMet").asDouble()).isEqualTo(50.0);
    assertThat(indicator(hanoi, "infra_data_interop").get("targetMet").asBoolean()).isFalse();
    // online_services: A met, E not (open data no), F met -> 66.7 %.
    assertThat(indicator(hanoi, "online_services").get("shareMet").asDouble()).isCloseTo(200.0 / 3, within(1e-9));
    // digitized_rare: only F, not applicable (no rare collection) -> applies to 1, none assessed, no share.
    assertThat(indicator(hanoi, "digitized_rare").get("applicable").asInt()).isEqualTo(1);
    assertThat(indicator(hanoi, "digitized_rare").has("shareMet")).isFalse();
    JsonNode thanhHoa = areas.get("38");
    assertThat(thanhHoa.get("notAnswered")).extracting(JsonNode::asText).containsExactly("VN-TH-G");
    // school websites: C met, G did not answer -> 1 of 1 assessed = 100 % against the 60 % school target: reached.
    assertThat(indicator(thanhHoa, "online_services_school").get("shareMet").asDouble()).isEqualTo(100.0);
    assertThat(indicator(thanhHoa, "online_services_school").get("targetShare").asDouble()).isEqualTo(60.0);
    assertThat(indicator(thanhHoa, "online_services_school").get("targetMet").asBoolean()).isTrue();
    // staff_trained: C missing counts as assessed and not met -> 0 %.
    assertThat(indicator(thanhHoa, "staff_trained").get("shareMet").asDouble()).isZero();
    // Hải Dương (30) is counted in Hải Phòng (31).
    assertThat(areas.get("31").get("libraries").asInt()).isEqualTo(1);
    JsonNode all = json.get("overall");
    // (A + 0.7 + 0.5 + D + 0.5 + 1 + 1) / 7
    assertThat(all.get("meanScore").asDouble()).isCloseTo((A + 0.7 + 0.5 + D + 0.5 + 1 + 1) / 7, within(1e-9));
    assertThat(all.get("bands").get("MET").asInt()).isEqualTo(2);
    assertThat(all.get("bands").get("NEAR").asInt()).isEqualTo(2);
    assertThat(all.get("bands").get("PARTIAL").asInt()).isEqualTo(3);
    assertThat(all.get("bands").get("FAR").asInt()).isZero();
    // staff_trained overall: 7 assessed (A gap, C missing, 5 met) -> 5 / 7.
    assertThat(indicator(all, "staff_trained").get("shareMet").asDouble()).isCloseTo(500.0 / 7, within(1e-9));
    assertThat(json.get("libraries")).hasSize(8);
    assertThat(json.get("criteria").get("indicators")).hasSize(7);
  }

  @Test
  void xlsxHasOneSheetPerViewWithNumericCellsAndFrozenHeaders() throws IOException {
    Path out = dir.resolve("report.xlsx");
    LibnetCliTest.Run r = report("type", "xlsx", out, "vi");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    try (InputStream in = Files.newInputStream(out); Workbook book = WorkbookFactory.create(in)) {
      assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
          .containsExactly("Tổng hợp", "Theo loại thư viện", "Thư viện", "Chỉ tiêu");
      for (Sheet s : book) {
        assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
        assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(s.getColumnWidth(0)).isGreaterThanOrEqualTo(8 * 256);
        for (Row row : s) {
          for (Cell c : row) {
            assertThat(c.getCellType()).as("no formula").isNotEqualTo(CellType.FORMULA);
          }
        }
      }
      Sheet summary = book.getSheet("Tổng hợp");
      assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mục");
      Map<String, Cell> sum = new LinkedHashMap<>();
      for (Row row : summary) {
        sum.put(row.getCell(0).getStringCellValue(), row.getCell(1));
      }
      assertThat(sum.get("Số thư viện").getNumericCellValue()).isEqualTo(8);
      assertThat(sum.get("Đã trả lời").getNumericCellValue()).isEqualTo(7);
      assertThat(sum.get("Điểm trung bình").getNumericCellValue()).isCloseTo((A + 0.7 + 0.5 + D + 0.5 + 1 + 1) / 7, within(1e-9));
      assertThat(sum.get("Điểm trung bình").getCellStyle().getDataFormatString()).isEqualTo("0.000");
      assertThat(sum.get("Mức: đạt").getNumericCellValue()).isEqualTo(2);

      Sheet types = book.getSheet("Theo loại thư viện");
      List<String> heads = new ArrayList<>();
      types.getRow(0).forEach(c -> heads.add(c.getStringCellValue()));
      assertThat(heads).startsWith("Mã", "Loại thư viện", "Số thư viện", "Đã trả lời", "Chưa trả lời", "Điểm trung bình")
          .contains("Tỷ lệ đạt: online_services_school", "Chưa trả lời (ISIL)");
      Row school = rowWith(types, 0, "SCHOOL");
      assertThat(school.getCell(1).getStringCellValue()).isEqualTo("Thư viện cơ sở giáo dục phổ thông");
      assertThat(school.getCell(2).getNumericCellValue()).isEqualTo(3);
      assertThat(school.getCell(3).getNumericCellValue()).isEqualTo(2);
      // C 0.5 and H 1 -> 0.75
      assertThat(school.getCell(5).getNumericCellValue()).isEqualTo(0.75);
      Cell websites = school.getCell(heads.indexOf("Tỷ lệ đạt: online_services_school"));
      // C and H both met -> 100 %, stored as the fraction 1 in a percent format
      assertThat(websites.getNumericCellValue()).isEqualTo(1.0);
      assertThat(websites.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      Cell staff = school.getCell(heads.indexOf("Tỷ lệ đạt: staff_trained"));
      assertThat(staff.getNumericCellValue()).isEqualTo(0.5);  // C missing, H met
      assertThat(school.getCell(heads.indexOf("Chưa trả lời (ISIL)")).getStringCellValue()).isEqualTo("VN-TH-G");
      Row publics = rowWith(types, 0, "PUBLIC");
      assertThat(publics.getCell(5).getNumericCellValue()).isCloseTo((A + 0.7) / 2, within(1e-9));

      Sheet libs = book.getSheet("Thư viện");
      Row b = rowWith(libs, 0, "VN-HCM-B");
      assertThat(b.getCell(1).getStringCellValue()).isEqualTo("Thư viện Khoa học Tổng hợp TP. Hồ Chí Minh");
      assertThat(b.getCell(6).getNumericCellValue()).isCloseTo(0.7, within(1e-12));
      assertThat(b.getCell(7).getStringCellValue()).isEqualTo("gần đạt");
      List<String> libHeads = new ArrayList<>();
      libs.getRow(0).forEach(c -> libHeads.add(c.getStringCellValue()));
      Cell rare = b.getCell(libHeads.indexOf("Giá trị: digitized_rare"));
      assertThat(rare.getNumericCellValue()).isCloseTo(0.56, within(1e-12));
      assertThat(b.getCell(libHeads.indexOf("Tình trạng: digitized_rare")).getStringCellValue()).isEqualTo("chưa đạt");
      Row g = rowWith(libs, 0, "VN-TH-G");
      assertThat(g.getCell(5).getStringCellValue()).isEqualTo("không");
      Row h = rowWith(libs, 0, "VN-HD-H");
      assertThat(h.getCell(2).getStringCellValue()).isEqualTo("31");
      assertThat(h.getCell(1).getStringCellValue()).startsWith("<script>");

      Sheet ind = book.getSheet("Chỉ tiêu");
      assertThat(ind.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
      // 7 indicators x (8 types + all libraries)
      assertThat(ind.getLastRowNum()).isEqualTo(7 * 9);
    }
    Path en = dir.resolve("report-en.xlsx");
    assertThat(report("province", "xlsx", en, "en").code()).isEqualTo(1);
    try (InputStream in = Files.newInputStream(en); Workbook book = WorkbookFactory.create(in)) {
      assertThat(book.getSheetName(1)).isEqualTo("By province");
      assertThat(book.getSheet("By province").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Province");
      assertThat(book.getSheet("By province").getLastRowNum()).isEqualTo(34);
    }
  }

  static Row rowWith(Sheet s, int column, String value) {
    for (Row r : s) {
      if (r.getCell(column) != null && value.equals(r.getCell(column).getStringCellValue())) {
        return r;
      }
    }
    throw new AssertionError(value + " not in " + s.getSheetName());
  }

  /** The 2025 unit of each code the generated libraries use: current codes as they are, former ones mapped. */
  static final Map<String, String> UNIT = Map.ofEntries(Map.entry("01", "01"), Map.entry("79", "79"), Map.entry("38", "38"),
      Map.entry("48", "48"), Map.entry("02", "08"), Map.entry("26", "25"), Map.entry("30", "31"), Map.entry("77", "79"),
      Map.entry("74", "79"), Map.entry("35", "37"), Map.entry("49", "48"), Map.entry("96", "96"));

  /** 300 school libraries across the codes of {@link #UNIT}; every tenth did not answer. */
  static void generate(Path libraries, Path responses, int n) throws IOException {
    List<String> codes = new ArrayList<>(new java.util.TreeSet<>(UNIT.keySet()));
    StringBuilder l = new StringBuilder("[\n");
    StringBuilder r = new StringBuilder("[\n");
    for (int i = 0; i < n; i++) {
      String isil = "VN-T" + i;
      l.append(i == 0 ? "" : ",\n").append("{\"isil\":\"").append(isil).append("\",\"name\":\"Thư viện trường ").append(i)
          .append("\",\"type\":\"SCHOOL\",\"address\":{\"provinceCode\":\"").append(codes.get(i % codes.size())).append("\"}}");
      if (i % 10 == 9) {
        continue;
      }
      r.append(r.length() > 2 ? ",\n" : "").append("{\"questionnaireId\":\"qd206-2021\",\"isil\":\"").append(isil)
          .append("\",\"answers\":{\"has_website\":\"").append(i % 3 == 0 ? "yes" : "no").append("\"")
          .append(i % 3 == 0 ? ",\"website_online_services\":\"yes\"" : "")
          .append(",\"staff_total\":10,\"staff_trained\":").append(i % 2 == 0 ? 10 : 5).append("}}");
    }
    Files.writeString(libraries, l.append("\n]\n").toString(), StandardCharsets.UTF_8);
    Files.writeString(responses, r.append("\n]\n").toString(), StandardCharsets.UTF_8);
  }

  @Test
  void provinceAggregationOfThreeHundredLibrariesMapsFormerCodes() throws IOException {
    Path libraries = dir.resolve("many-libraries.json");
    Path responses = dir.resolve("many-responses.json");
    generate(libraries, responses, 300);
    Path out = dir.resolve("many.json");
    LibnetCliTest.Run r = LibnetCliTest.run("readiness", "report", responses.toString(), "--libraries", libraries.toString(),
        "--by", "province", "--format", "json", "--out", out.toString(), "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    // The same counts by hand: per 2025 unit, libraries, answered, websites met, mean score.
    List<String> codes = new ArrayList<>(new java.util.TreeSet<>(UNIT.keySet()));
    Map<String, double[]> expected = new LinkedHashMap<>(); // libraries, answered, websites, score sum
    for (int i = 0; i < 300; i++) {
      double[] e = expected.computeIfAbsent(UNIT.get(codes.get(i % codes.size())), k -> new double[4]);
      e[0]++;
      if (i % 10 != 9) {
        e[1]++;
        double website = i % 3 == 0 ? 1 : 0;
        e[2] += website;
        e[3] += (website + (i % 2 == 0 ? 1 : 0.5)) / 2;
      }
    }
    Map<String, JsonNode> areas = areas(MarcCommandsTest.parse(Files.readString(out)));
    assertThat(areas).doesNotContainKey("unplaced");
    int total = 0;
    for (Map.Entry<String, JsonNode> a : areas.entrySet()) {
      double[] e = expected.getOrDefault(a.getKey(), new double[4]);
      JsonNode got = a.getValue();
      total += got.get("libraries").asInt();
      assertThat(got.get("libraries").asInt()).as(a.getKey()).isEqualTo((int) e[0]);
      assertThat(got.get("answered").asInt()).as(a.getKey()).isEqualTo((int) e[1]);
      assertThat(got.has("notAnswered") ? got.get("notAnswered").size() : 0).as(a.getKey()).isEqualTo((int) (e[0] - e[1]));
      if (e[1] > 0) {
        assertThat(indicator(got, "online_services_school").get("shareMet").asDouble()).as(a.getKey())
            .isCloseTo(100 * e[2] / e[1], within(1e-9));
        assertThat(got.get("meanScore").asDouble()).as(a.getKey()).isCloseTo(e[3] / e[1], within(1e-9));
      } else {
        assertThat(got.has("meanScore")).isFalse();
      }
    }
    assertThat(total).isEqualTo(300);
    // 79 takes its own libraries and those of former 74 and 77: 3 codes of 12, 25 libraries each
    assertThat(areas.get("79").get("libraries").asInt()).isEqualTo(75);
  }
}
