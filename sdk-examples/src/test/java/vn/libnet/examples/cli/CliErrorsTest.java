package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.signature.Keys;

/** Every error a person can cause: one line, in their language, naming what to do; exit code 2. */
class CliErrorsTest {
  @TempDir Path dir;

  static LibnetCliTest.Run run(String... args) {
    return LibnetCliTest.run(args);
  }

  static void assertOneLine(LibnetCliTest.Run r, String line) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(line + "\n");
    assertThat(r.err()).doesNotContain("Exception", "java.", "\tat ");
  }

  @Test
  void aMissingFile() {
    Path nope = dir.resolve("nope.mrc");
    assertOneLine(run("marc", "validate", nope.toString(), "--lang", "en"), "Cannot find " + nope + ": check the name and the folder.");
    assertOneLine(run("marc", "convert", nope.toString(), "--to", "json", "--lang", "vi"),
        "Không tìm thấy " + nope + ": hãy kiểm tra tên tệp và thư mục.");
    assertOneLine(run("marc", "dedup", nope.toString(), "--lang", "en"), "Cannot find " + nope + ": check the name and the folder.");
  }

  @Test
  void anUnreadableFile() throws IOException {
    assertOneLine(run("marc", "validate", dir.toString(), "--lang", "en"), dir + " is a folder, not a file: give a file.");
    assertOneLine(run("marc", "validate", dir.toString(), "--lang", "vi"), dir + " là thư mục, không phải tệp: hãy chỉ một tệp.");
    Path locked = Files.writeString(dir.resolve("locked.mrc"), "x");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
    assertOneLine(run("marc", "dedup", locked.toString(), "--lang", "en"),
        "No permission to read or write " + locked + ": check the file's owner and mode.");
  }

  @Test
  void aFileInTheWrongFormat() throws IOException {
    Path pdf = Files.write(dir.resolve("scan.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
    LibnetCliTest.Run en = run("marc", "convert", pdf.toString(), "--to", "json", "--lang", "en");
    assertOneLine(en, "The format of " + pdf + " is not MARC (ISO 2709, MARCXML, MARC-in-JSON or MRK): check the file.");
    LibnetCliTest.Run key = run("sign", "--isil", "VN-A", "--key", pdf.toString(), "--lang", "en");
    assertOneLine(key, pdf + " is not a private key in PEM (PKCS#8, PKCS#1 or SEC1): give the .key.pem file that libnet keys generate wrote.");
  }

  @Test
  void anUnknownEnumValueListsTheValidOnes() {
    assertOneLine(run("marc", "validate", "x.mrc", "--format", "pdf", "--lang", "en"),
        "Unknown value \"pdf\" for --format; the values are: text, json, html, csv. See: libnet marc validate --help");
    assertOneLine(run("marc", "validate", "x.mrc", "--format", "pdf", "--lang", "vi"),
        "Giá trị \"pdf\" không hợp lệ cho --format; các giá trị là: text, json, html, csv. Xem: libnet marc validate --help");
    assertOneLine(run("keys", "generate", "--alg", "dsa", "--isil", "VN-A", "--out", "k", "--lang", "en"),
        "Unknown value \"dsa\" for --alg; the values are: ed25519, ecdsa-p256, rsa-pss. See: libnet keys generate --help");
    assertOneLine(run("text", "repair", "--encoding", "koi8", "--lang", "en"),
        "Unknown value \"koi8\" for --encoding; the values are: tcvn3, vni, viscii, cp1258, auto. See: libnet text repair --help");
    // the language itself: decided from the raw arguments, so even a wrong --lang gets a readable answer
    assertOneLine(run("validate", "a.json", "--profile", "vn-library", "--lang", "fr"),
        "Unknown value \"fr\" for --lang; the values are: vi, en. See: libnet validate --help");
    // case does not matter, as in the documentation
    assertThat(run("marc", "validate", "x.mrc", "--format", "JSON", "--lang", "en").err()).doesNotContain("--format");
  }

  @Test
  void usageMistakesNameTheWayOut() {
    assertOneLine(run("marc", "valdate", "--lang", "en"),
        "Unknown command \"valdate\"; the commands are: convert, validate, dedup, generate. See: libnet marc --help");
    assertOneLine(run("marc", "validate", "x.mrc", "--formt", "json", "--lang", "vi"),
        "Không có tuỳ chọn --formt; có phải ý bạn là --format? Xem: libnet marc validate --help");
    assertOneLine(run("validate", "--lang", "en"), "Missing --profile NAME, FILE. See: libnet validate --help");
    assertOneLine(run("marc", "generate", "--count", "many", "--lang", "en"),
        "Invalid value \"many\" for --count: a number is expected. See: libnet marc generate --help");
  }

  @Test
  void jsonSyntaxErrorsGiveLineAndColumn() throws IOException {
    Path jwks = Files.writeString(dir.resolve("hub.jwks.json"), "{\"keys\": [\n  {\"kty\": \"OKP\",\n   \"crv\" \"Ed25519\"}\n]}\n");
    LibnetCliTest.Run r = LibnetCliTest.run("GET /v1/libraries HTTP/1.1\r\nHost: hub.example.vn\r\n\r\n".getBytes(StandardCharsets.UTF_8),
        "verify", "--key", jwks.toString(), "--lang", "en");
    assertOneLine(r, jwks + " is not valid JSON at line 3, column 10: fix it and run again.");
  }

  @Test
  void anUnreachableHubIsSaidOnceAndExitsTwo() throws Exception {
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate()));
    String hub;
    try (ServerSocket s = new ServerSocket(0)) {
      hub = "http://127.0.0.1:" + s.getLocalPort() + "/";
    }
    assertOneLine(run("conformance", "--hub", hub, "--isil", "VN-HaNoi-TVHN", "--key", key.toString(), "--lang", "en"),
        "Cannot reach the hub " + hub + ": check that it is running and that --hub (or LIBNET_HUB) is right.");
    Path file = Files.writeString(dir.resolve("one.mrk"), "=LDR  00000nam a2200000 a 4500\n=001  1\n=245  10$aSách\n");
    LibnetCliTest.Run contribute = run("contribute", file.toString(), "--hub", hub, "--isil", "VN-HaNoi-TVHN", "--key", key.toString(),
        "--lang", "vi");
    assertOneLine(contribute, "Không kết nối được tới hub " + hub + ": hãy kiểm tra hub đang chạy và --hub (hoặc LIBNET_HUB) đúng.");
    assertThat(contribute.out()).isEmpty();
  }

  @Test
  void whatACommandExpectsOnStandardInputOrAsItsOutput() throws Exception {
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate()));
    assertOneLine(run("sign", "--isil", "VN-A", "--key", key.toString(), "--lang", "en"),
        "Nothing on standard input: libnet sign reads an HTTP/1.1 message there, e.g. libnet sign ... < request.http");
    assertOneLine(LibnetCliTest.run("hello\n".getBytes(StandardCharsets.UTF_8), "sign", "--isil", "VN-A", "--key", key.toString(), "--lang", "vi"),
        "Đầu vào chuẩn không phải thông điệp HTTP/1.1 (dòng yêu cầu hoặc dòng trạng thái, các header, một dòng trống, phần thân):"
            + " libnet sign đọc thông điệp từ đó.");
    assertOneLine(run("marc", "convert", key.toString(), "--lang", "en"),
        "Where to? Give OUT (or --out FILE), or --to iso2709, marcxml, json or mrk to write to standard output.");
  }

  @Test
  void theFallbackLinesInVietnameseQuoteTheOriginalMessageInsteadOfMixingLanguages() {
    java.util.Locale vi = LanguageOption.VIETNAMESE;
    assertThat(CliErrors.describe(new IllegalStateException("Output stream closed"), vi))
        .isEqualTo("Lệnh không thực hiện được; thông báo gốc: \"Output stream closed\"");
    assertThat(CliErrors.describe(new IllegalStateException("Output stream closed"), java.util.Locale.ENGLISH))
        .isEqualTo("Failed: Output stream closed");
    assertThat(CliErrors.describe(new UnsupportedOperationException("Not supported yet"), vi))
        .isEqualTo("Đã xảy ra lỗi không lường trước; hãy chạy lại với --debug để xem chi tiết, và báo lỗi nếu vẫn gặp."
            + " Thông báo gốc: \"Not supported yet\"");
    assertThat(CliErrors.describe(new UnsupportedOperationException("Not supported yet"), java.util.Locale.ENGLISH))
        .isEqualTo("Unexpected error Not supported yet; run again with --debug to see the details, and report it if it persists.");
    assertThat(CliErrors.describe(new UnsupportedOperationException(), vi)).as("nothing to quote")
        .isEqualTo("Đã xảy ra lỗi không lường trước; hãy chạy lại với --debug để xem chi tiết, và báo lỗi nếu vẫn gặp.");
    picocli.CommandLine cmd = new picocli.CommandLine(picocli.CommandLine.Model.CommandSpec.create());
    picocli.CommandLine.ParameterException usage = new picocli.CommandLine.ParameterException(cmd, "Expected a file, got a folder");
    assertThat(CliErrors.describe(usage, vi)).isEqualTo("Dòng lệnh không hợp lệ; thông báo gốc: \"Expected a file, got a folder\"");
    assertThat(CliErrors.describe(usage, java.util.Locale.ENGLISH)).isEqualTo("The command line is not valid: Expected a file, got a folder");
    // Through the command line: one line, the Vietnamese sentence whole.
    LibnetCliTest.Run run = run("keys", "generate", "--isil", "VN Thư", "--out", dir.toString(), "--lang", "vi");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines().count()).isEqualTo(1);
  }

  @Test
  void noStackTraceUnlessDebug() {
    LibnetCliTest.Run plain = run("keys", "generate", "--isil", "VN Thư", "--out", dir.toString(), "--lang", "en");
    assertThat(plain.code()).isEqualTo(2);
    assertThat(plain.err().lines().count()).isEqualTo(1);
    assertThat(plain.err()).doesNotContain("Exception", "\tat ");
    LibnetCliTest.Run debug = run("keys", "generate", "--isil", "VN Thư", "--out", dir.toString(), "--lang", "en", "--debug");
    assertThat(debug.code()).isEqualTo(2);
    assertThat(debug.err()).startsWith(plain.err()).contains("\tat vn.libnet.");
  }
}
