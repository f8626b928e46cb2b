package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;

class MarcCommandsTest {
  @TempDir Path dir;
  Path catalogue;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // hermetic: a LIBNET_* variable or a config file of the machine running the tests must not change them
    int code = LibnetCli.execute(new ByteArrayInputStream(new byte[0]), out, err, java.util.Map.of(), null, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void generate() {
    catalogue = dir.resolve("cat.mrc");
    Run r = run("marc", "generate", catalogue.toString(), "--count", "400", "--faults", "0.1", "--legacy", "0.1", "--duplicates", "0.2", "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("400 synthetic records written");
  }

  static List<MarcRead> read(Path file) {
    try (MarcRecordReader reader = MarcReaders.open(file, null, ReadOptions.strict())) {
      return reader.stream().collect(Collectors.toList());
    }
  }

  @Test
  void convertRepairsAndWritesEveryRecordInTheNewFormat() {
    Path xml = dir.resolve("out.xml");
    Run r = run("marc", "convert", catalogue.toString(), xml.toString(), "--repair", "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("400 records read, 400 written").contains("MARCXML").containsPattern("\\d+ values repaired in \\d+ records");
    assertThat(read(xml)).hasSize(400).allMatch(MarcRead::readable);
    assertThat(Files.exists(dir.resolve("out.xml.part"))).isFalse();

    Run plainMarc = run("marc", "validate", xml.toString(), "--format", "json", "--lang", "en");
    JsonNode json = parse(plainMarc.out());
    // after repair, only the deliberate faults remain
    assertThat(json.findValuesAsText("code")).doesNotContain("UC_LEGACY_TEXT", "MARC_UTF8_INVALID");
  }

  @Test
  void convertRepairsOnTheDeclaredEncodingLeavesProperUnicodeAndSaysWhatItSuspects() throws Exception {
    java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
    String title = new String(vn.libnet.core.text.LegacyEncoding.VNI.encode("Lịch sử Việt Nam"), cp1252);
    String author = new String(vn.libnet.core.text.LegacyEncoding.VNI.encode("Lê Thị Khoa"), cp1252);
    Path mrk = dir.resolve("vni.mrk");
    Files.writeString(mrk, "=LDR  00000nam  2200000 a 4500\n=001  T1\n"
        + "=008  240101s2017\\\\\\\\vm\\\\\\\\\\\\000\\0\\vie\\d\n"
        + "=100  1\\$aNgô Hà\n=245  10$a" + title + "$c" + author + "\n\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("vni.xml");
    Run r = run("marc", "convert", mrk.toString(), out.toString(), "--repair", "--encoding", "vni", "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    MarcRead read = read(out).get(0);
    org.marc4j.marc.DataField f245 = (org.marc4j.marc.DataField) read.record().getVariableField("245");
    assertThat(f245.getSubfield('a').getData()).isEqualTo("Lịch sử Việt Nam");
    assertThat(f245.getSubfield('c').getData()).isEqualTo("Lê Thị Khoa");
    org.marc4j.marc.DataField f100 = (org.marc4j.marc.DataField) read.record().getVariableField("100");
    assertThat(f100.getSubfield('a').getData()).as("proper Unicode is never changed").isEqualTo("Ngô Hà");
    assertThat(r.err()).contains("Record 1: 100$a \"Ngô Hà\" may be VNI").contains("\"Ngơ Hà\"");
    assertThat(r.out()).contains("2 values repaired in 1 records").contains("1 values were left as they are");

    Run vi = run("marc", "convert", mrk.toString(), dir.resolve("vi.xml").toString(), "--repair", "--encoding", "vni", "--lang", "vi");
    assertThat(vi.err()).contains("Biểu ghi 1: 100$a \"Ngô Hà\" có thể là văn bản VNI");
    assertThat(vi.out()).contains("giá trị được giữ nguyên");

    Run wrong = run("marc", "convert", mrk.toString(), dir.resolve("w.xml").toString(), "--encoding", "utf-7", "--lang", "en");
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("--encoding").doesNotContain("Exception");
  }

  @Test
  void validateGivesTheAgreedJsonShapeAndExitCodes() {
    Run r = run("marc", "validate", catalogue.toString(), "--profile", "vn-union-catalog", "--isil", "VN-HaNoi-TVHN", "--format", "json", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    JsonNode json = parse(r.out());
    assertThat(json.get("records").asInt()).isEqualTo(400);
    assertThat(json.get("valid").asInt() + json.get("invalid").asInt()).isEqualTo(400);
    JsonNode issue = json.get("issues").get(0);
    for (String field : List.of("record", "controlNumber", "code", "severity", "path", "message")) {
      assertThat(issue.has(field)).as(field).isTrue();
    }
    assertThat(json.get("issues").findValuesAsText("code")).contains("UC_LEGACY_TEXT", "UC_HOLDING_ISIL");
    assertThat(run("marc", "validate", catalogue.toString(), "--profile", "vn-union-catalog").code()).isEqualTo(2);
    assertThat(run("marc", "validate", dir.resolve("missing.mrc").toString()).code()).isEqualTo(2);
  }

  @Test
  void styleProfileAddsOnlyInformationAndHelpNamesItInBothLanguages() {
    Run marc21 = run("marc", "validate", catalogue.toString(), "--format", "json", "--lang", "en");
    Run style = run("marc", "validate", catalogue.toString(), "--profile", "style", "--format", "json", "--lang", "en");
    assertThat(style.code()).as(style.err()).isEqualTo(marc21.code());
    JsonNode a = parse(marc21.out());
    JsonNode b = parse(style.out());
    assertThat(b.get("invalid").asInt()).isEqualTo(a.get("invalid").asInt());
    assertThat(b.get("profile").asText()).isEqualTo("style/1");
    // the generated records are punctuated by ISBD: style finds nothing more than MARC 21 does
    assertThat(b.get("issues").size()).isEqualTo(a.get("issues").size());
    assertThat(run("marc", "validate", "--help", "--lang", "en").out()).contains("marc21|vn-union-catalog|style").contains("ISBD");
    assertThat(run("marc", "validate", "--help", "--lang", "vi").out()).contains("marc21|vn-union-catalog|style").contains("dấu ISBD");
    assertThat(run("marc", "validate", catalogue.toString(), "--profile", "nope", "--lang", "en").err()).contains("style");
  }

  @Test
  void htmlReportIsOneSelfContainedBilingualPage() throws IOException {
    Path html = dir.resolve("report.html");
    Run r = run("marc", "validate", catalogue.toString(), "--format", "html", "-o", html.toString(), "--lang", "vi");
    assertThat(r.code()).isEqualTo(1);
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("Lỗi theo mã").contains("Lỗi theo trường").contains("Các biểu ghi có lỗi")
        .contains("Hồ sơ: marc21-bibliographic");
    // Self-contained: nothing is loaded from elsewhere (links to the rules' documentation are only links).
    assertThat(page).doesNotContain(" src=").doesNotContain("<link").doesNotContain("url(").doesNotContain("@import");
    assertThat(page).contains("<a href=\"" + HtmlReport.RULES_DOCUMENT + "#MARC_");
    // Every record with an issue is in the page, not only the worst 20 as before.
    JsonNode json = parse(run("marc", "validate", catalogue.toString(), "--format", "json", "--lang", "en").out());
    long withIssues = java.util.stream.StreamSupport.stream(json.get("issues").spliterator(), false).map(i -> i.get("record").asInt()).distinct().count();
    assertThat(withIssues).isGreaterThan(20);
    assertThat(page.split("class=\"rec\"", -1).length - 1L).isEqualTo(withIssues);
    assertThat(r.out()).contains("Đã ghi báo cáo vào");
  }

  @Test
  void csvFormatListsEveryIssueWithTheHtmlExportsColumns() {
    Run json = run("marc", "validate", catalogue.toString(), "--format", "json", "--lang", "en");
    int issues = parse(json.out()).get("issues").size();
    Run r = run("marc", "validate", catalogue.toString(), "--format", "csv", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("\ufefffile,record,001,severity,code,where,message,suggestion");
    assertThat(lines).hasSize(1 + issues);
    assertThat(lines.get(1)).startsWith(catalogue + ",");
    assertThat(run("marc", "validate", catalogue.toString(), "--format", "csv", "--lang", "vi").out())
        .startsWith("\ufefftệp,biểu ghi,001,mức độ,mã,vị trí,thông điệp,gợi ý\r\n");
  }

  @Test
  void dedupFindsTheGeneratedDuplicatesAndExplainsThem() {
    Run r = run("marc", "dedup", catalogue.toString(), "--format", "json", "--lang", "en");
    assertThat(r.code()).isZero();
    JsonNode json = parse(r.out());
    assertThat(json.get("records").asInt()).isEqualTo(400);
    assertThat(json.get("duplicates").asInt()).isGreaterThan(40);
    JsonNode link = json.get("clusters").get(0).get("links").get(0);
    assertThat(link.get("matched").asBoolean()).isTrue();
    assertThat(link.get("evidence").findValuesAsText("element")).contains("title", "year");
    Run text = run("marc", "dedup", catalogue.toString(), "--lang", "vi");
    assertThat(text.out()).contains("biểu ghi mô tả").contains("Cụm 1");
  }

  @Test
  void strictConvertStopsAtDamageAndLeavesNoHalfFile() throws IOException {
    byte[] bytes = Files.readAllBytes(catalogue);
    Path damaged = Files.write(dir.resolve("damaged.mrc"), java.util.Arrays.copyOf(bytes, bytes.length - 100));
    Run strict = run("marc", "convert", damaged.toString(), dir.resolve("x.json").toString(), "--strict", "--lang", "en");
    assertThat(strict.code()).isEqualTo(2);
    assertThat(strict.err()).contains("Record 400").contains("byte");
    assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    assertThat(Files.exists(dir.resolve("x.json.part"))).isFalse();
    Run lenient = run("marc", "convert", damaged.toString(), dir.resolve("y.json").toString(), "--lang", "en");
    assertThat(lenient.code()).isEqualTo(1);
    assertThat(lenient.out()).contains("399 written").contains("1 unreadable");
    assertThat(lenient.err()).contains("Record 400");
  }

  static JsonNode parse(String s) {
    try {
      return LibnetJson.mapper().readTree(s);
    } catch (IOException e) {
      throw new AssertionError(s, e);
    }
  }
}
