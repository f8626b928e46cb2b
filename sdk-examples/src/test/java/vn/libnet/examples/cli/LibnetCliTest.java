package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.text.LegacyEncoding;

class LibnetCliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  /** Runs libnet with {@code stdin} as standard input, hermetically: no environment variable, no config file. */
  static Run run(byte[] stdin, String... args) {
    return runWith(Map.of(), null, stdin, args);
  }

  /** Runs libnet with the given environment and default config file (null: none). */
  static Run runWith(Map<String, String> env, Path defaultConfig, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LibnetCli.execute(new ByteArrayInputStream(stdin), out, err, env, defaultConfig, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(new byte[0], args);
  }

  Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static final String VALID =
      "{\"isil\":\"VN-HaNoi-TVHN\",\"name\":\"Thư viện Hà Nội\",\"type\":\"PUBLIC\","
          + "\"parentOrganization\":\"Sở Văn hóa và Thể thao Hà Nội\",\"address\":{\"provinceCode\":\"01\"}}";

  @Test
  void textRepairWithAGivenEncodingLeavesUtf8VietnameseAloneAndRepairsTheRest() {
    byte[] tcvn3 = vn.libnet.core.text.LegacyEncoding.TCVN3.encode("Thư viện Hà Nội");
    String misread = new String(tcvn3, java.nio.charset.Charset.forName("windows-1252"));
    String input = "Thư viện Quốc gia Việt Nam\n" + misread + "\n";
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(input.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(tcvn3);
    bytes.write('\n');
    Run r = run(bytes.toByteArray(), "text", "repair", "--encoding", "tcvn3", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("Thư viện Quốc gia Việt Nam\nThư viện Hà Nội\nThư viện Hà Nội\n");
  }

  @Test
  void validFileExitsZeroAndSaysSo() throws IOException {
    Run r = run("validate", write("ok.json", VALID).toString(), "--profile", "vn-library", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("ok.json #1 (vn-library/1): valid").contains("1 documents checked: 1 valid, 0 invalid.");
  }

  @Test
  void invalidDocumentsExitOneWithBilingualText() throws IOException {
    Path file = write("libs.json", "[" + VALID + ", {\"isil\":\"VN-X\",\"address\":{\"provinceCode\":\"30\"}}]");
    Run en = run("validate", file.toString(), "--profile", "vn-library", "--lang", "en");
    assertThat(en.code()).isEqualTo(1);
    assertThat(en.out())
        .contains("libs.json #2 (vn-library/1): INVALID")
        .contains("LIBRARY_NAME_MISSING  /name")
        .contains("Province code 30 (Tỉnh Hải Dương) was merged")
        .contains("2 documents checked: 1 valid, 1 invalid.");
    Run vi = run("validate", file.toString(), "--profile", "vn-library", "--lang", "vi");
    assertThat(vi.code()).isEqualTo(1);
    assertThat(vi.out()).contains("KHÔNG HỢP LỆ").contains("LỖI").contains("Thư viện chưa có tên tiếng Việt.");
  }

  @Test
  void jsonReportHasTheAgreedShape() throws IOException {
    Path file = write("libs.json", "[" + VALID + ", {\"isil\":\"VN-X\"}]");
    Run r = run("validate", file.toString(), "--profile", "vn-library", "--format", "json", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    JsonNode json = LibnetJson.mapper().readTree(r.out());
    assertThat(json.get("documents").asInt()).isEqualTo(2);
    assertThat(json.get("valid").asInt()).isEqualTo(1);
    assertThat(json.get("invalid").asInt()).isEqualTo(1);
    assertThat(json.at("/results/1/document").asInt()).isEqualTo(2);
    assertThat(json.at("/results/1/issues/0/code").asText()).isEqualTo("LIBRARY_NAME_MISSING");
    assertThat(json.at("/results/1/issues/0/path").asText()).isEqualTo("/name");
    assertThat(json.at("/results/1/issues/0/severity").asText()).isEqualTo("ERROR");
  }

  @Test
  void brokenJsonIsInvalidDataNotACrash() throws IOException {
    Path file = write("broken.json", "[" + VALID + ", {\"isil\": ");
    Run r = run("validate", file.toString(), "--profile", "vn-library", "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("broken.json #1 (vn-library/1): valid").contains("JSON_SYNTAX").contains("Not valid JSON at line 1");
  }

  @Test
  void usageAndIoErrorsExitTwo() throws IOException {
    assertThat(run("validate", "x.json").code()).isEqualTo(2);
    Run unknown = run("validate", write("a.json", VALID).toString(), "--profile", "vn-books", "--lang", "en");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown profile \"vn-books\"").contains("vn-library, vn-bibrecord");
    Run missing = run("validate", dir.resolve("nope.json").toString(), "--profile", "vn-library", "--lang", "en");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("Cannot find " + dir.resolve("nope.json") + ": check the name and the folder.\n");
    assertThat(run("validate", "a.json", "--profile", "vn-library", "--lang", "fr").code()).isEqualTo(2);
    assertThat(run("no-such-command").code()).isEqualTo(2);
  }

  @Test
  void textRepairAutoFixesMixedLegacyLines() {
    String tcvn3Misread = new String(LegacyEncoding.TCVN3.encode("Thư viện Hà Nội"), Charset.forName("windows-1252"));
    byte[] vniRaw = LegacyEncoding.VNI.encode("Nhà xuất bản Giáo dục");
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes((tcvn3Misread + "\n").getBytes(StandardCharsets.UTF_8));
    input.writeBytes(vniRaw);
    input.writeBytes("\nĐã là Unicode\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes("Vie\u0323\u0302t Nam".getBytes(StandardCharsets.UTF_8));
    Run r = run(input.toByteArray(), "text", "repair", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("Thư viện Hà Nội\nNhà xuất bản Giáo dục\nĐã là Unicode\nViệt Nam");
    assertThat(r.err()).contains("4 lines read, 2 converted").contains("TCVN").contains("VNI-Windows: 1");
  }

  @Test
  void textRepairWithAnExplicitEncoding() {
    Run r = run(LegacyEncoding.VISCII.encode("Đại học Quốc gia\nHà Nội\n"), "text", "repair", "--from", "viscii");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("Đại học Quốc gia\nHà Nội\n");
    assertThat(run("text", "repair", "--from", "koi8").code()).isEqualTo(2);
  }

  @Test
  void demoRunsTheWholeFlowAgainstAnEmbeddedHubInEitherLanguage() {
    Run en = run("demo", "--lang", "en");
    assertThat(en.code()).as(en.err()).isZero();
    assertThat(en.out())
        .contains("VN-HaNoi-TVHN#k1", "VN-HCM-TVKHTH#k1")
        .contains("40 records, ISO 2709")
        .containsPattern("\\d+ values in 8 records repaired")
        .contains("(VNI-Windows)", "(TCVN 5712:1993")
        .contains("38 records valid, 2 with errors")
        .contains("VN-HaNoi-TVHN: 26 accepted as new works, 0 merged")
        .containsPattern("VN-HCM-TVKHTH: \\d+ accepted as new works, \\d+ merged into existing clusters, 2 rejected")
        .containsPattern("held by VN-HCM-TVKHTH, VN-HaNoi-TVHN")
        .containsPattern("\\d+ records found")
        .contains("RECORD_MERGED", "HOLDING_SET", "LIBRARY_UPDATED")
        .doesNotContainPattern("\\{[A-Z_]+=\\d")
        .contains("HTTP 401 DIGEST_INVALID: SIG_DIGEST_MISMATCH")
        .contains("nothing is left running");
    Run vi = run("demo", "--lang", "vi");
    assertThat(vi.code()).isZero();
    assertThat(vi.out()).contains("gộp vào cụm đã có", "bị từ chối kèm lỗi", "hub đã dừng");
  }

  @Test
  void cliTextsExistInBothLanguages() {
    assertThat(CliText.messages().keySet(Locale.forLanguageTag("vi")))
        .containsExactlyInAnyOrderElementsOf(CliText.messages().keySet(Locale.ENGLISH));
  }

  @Test
  void helpListsTheCommands() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("validate").contains("text").contains("demo");
  }
}
