package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;

/** {@code libnet digital iiif build|validate} as a person at a terminal would run them, in both languages. */
class DigitalIiifCommandsTest {
  @TempDir Path dir;

  private Path scans() throws Exception {
    Path src = Files.createDirectories(dir.resolve("scans"));
    ImageIO.write(new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB), "png", src.resolve("0001.png").toFile());
    ImageIO.write(new BufferedImage(50, 20, BufferedImage.TYPE_INT_RGB), "jpeg", src.resolve("0002 bìa sau.jpg").toFile());
    Files.writeString(src.resolve("sach.pdf"), "%PDF-1.4\n%%EOF\n");
    return src;
  }

  @Test
  void aFolderIsBuiltIntoAManifestThatValidatesInEveryFormat() throws Exception {
    Path record = dir.resolve("bib.json");
    Files.writeString(record, """
        {"id": "REC-1", "titles": [{"type": "MAIN", "title": "Truyện Kiều"}], "contributors": [{"name": "Nguyễn Du", "main": true}],
         "languages": ["vie"], "publication": {"year": 1820}}""");
    Path toc = dir.resolve("toc.tsv");
    Files.writeString(toc, "# nhãn\ttrang\nBìa trước\t1\nBìa sau\t2\n");
    Path manifest = dir.resolve("manifest.json");
    LibnetCliTest.Run built = LibnetCliTest.run("digital", "iiif", "build", scans().toString(), "--base-url", "https://iiif.example.vn/o/1",
        "--out", manifest.toString(), "--record", record.toString(), "--toc", toc.toString(),
        "--rights", "http://rightsstatements.org/vocab/InC/1.0/", "--lang", "en");
    assertThat(built.code()).as(built.out() + built.err()).isZero();
    assertThat(built.out()).contains("Wrote " + manifest + ": 2 canvases, 1 renderings, 2 ranges.");
    JsonNode json = LibnetJson.mapper().readTree(manifest.toFile());
    assertThat(json.at("/label/vi/0").asText()).isEqualTo("Truyện Kiều");
    assertThat(json.at("/items/0/width").asInt()).isEqualTo(30);
    assertThat(json.at("/items/1/height").asInt()).isEqualTo(20);
    assertThat(json.at("/items/1/items/0/items/0/body/id").asText()).isEqualTo("https://iiif.example.vn/o/1/files/0002%20b%C3%ACa%20sau.jpg");

    LibnetCliTest.Run ok = LibnetCliTest.run("digital", "iiif", "validate", manifest.toString(), "--lang", "vi");
    assertThat(ok.code()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("iiif-presentation/3.0");
    LibnetCliTest.Run js = LibnetCliTest.run("digital", "iiif", "validate", manifest.toString(), "--format", "json");
    assertThat(LibnetJson.mapper().readTree(js.out()).path("valid").asInt()).isEqualTo(1);
    LibnetCliTest.Run html = LibnetCliTest.run("digital", "iiif", "validate", manifest.toString(), "--format", "html", "--lang", "vi");
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Kiểm tra IIIF Presentation 3 của");

    LibnetCliTest.Run stdout = LibnetCliTest.run("digital", "iiif", "build", dir.resolve("scans").toString(), "--base-url",
        "https://iiif.example.vn/o/1", "--out", "-");
    assertThat(LibnetJson.mapper().readTree(stdout.out()).path("items").size()).isEqualTo(2);
  }

  @Test
  void anInvalidManifestIsNamedInBothLanguagesAndEveryFormat() throws Exception {
    Path bad = dir.resolve("v2.json");
    Files.writeString(bad, """
        {"@context": "http://iiif.io/api/presentation/2/context.json", "@id": "https://example.vn/m", "@type": "sc:Manifest",
         "label": "<script>alert(1)</script>", "sequences": []}""", StandardCharsets.UTF_8);
    LibnetCliTest.Run en = LibnetCliTest.run("digital", "iiif", "validate", bad.toString(), "--lang", "en");
    assertThat(en.code()).isEqualTo(1);
    assertThat(en.out()).contains("INVALID", "IIIF_PRESENTATION2_KEY", "/sequences", "is a Presentation 2 key");
    LibnetCliTest.Run vi = LibnetCliTest.run("digital", "iiif", "validate", bad.toString(), "--lang", "vi");
    assertThat(vi.out()).contains("là khoá của Presentation 2");
    LibnetCliTest.Run html = LibnetCliTest.run("digital", "iiif", "validate", bad.toString(), "--format", "html");
    assertThat(html.code()).isEqualTo(1);
    assertThat(html.out()).contains("IIIF_LANGUAGE_MAP_INVALID").doesNotContain("<script>");
    LibnetCliTest.Run notJson = LibnetCliTest.run("digital", "iiif", "validate", scans().resolve("sach.pdf").toString(), "--format", "json");
    assertThat(notJson.code()).isEqualTo(1);
    assertThat(notJson.out()).contains("IIIF_JSON_INVALID");
  }

  @Test
  void wrongInputIsAUsageErrorSaidWithoutAStackTrace() throws Exception {
    Path src = scans();
    LibnetCliTest.Run missing = LibnetCliTest.run("digital", "iiif", "validate", dir.resolve("none.json").toString(), "--lang", "vi");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json").doesNotContain("Exception");
    LibnetCliTest.Run url = LibnetCliTest.run("digital", "iiif", "build", src.toString(), "--base-url", "ftp://x", "--out",
        dir.resolve("m.json").toString(), "--lang", "vi");
    assertThat(url.code()).isEqualTo(2);
    assertThat(url.err()).contains("--base-url nhận một URL http hoặc https tuyệt đối").doesNotContain("Exception");
    Path toc = dir.resolve("toc.tsv");
    Files.writeString(toc, "Chương 1 không có trang\n");
    LibnetCliTest.Run badToc = LibnetCliTest.run("digital", "iiif", "build", src.toString(), "--base-url", "https://x.vn", "--out",
        dir.resolve("m.json").toString(), "--toc", toc.toString(), "--lang", "en");
    assertThat(badToc.code()).isEqualTo(2);
    assertThat(badToc.err()).contains("Line 1 of " + toc + " is not LABEL<TAB>PAGES").doesNotContain("Exception");
    Path record = dir.resolve("bib.json");
    Files.writeString(record, "{\"id\": ");
    LibnetCliTest.Run badRecord = LibnetCliTest.run("digital", "iiif", "build", src.toString(), "--base-url", "https://x.vn", "--out",
        dir.resolve("m.json").toString(), "--record", record.toString(), "--lang", "en");
    assertThat(badRecord.code()).isEqualTo(2);
    assertThat(badRecord.err()).contains("is not valid JSON").doesNotContain("Exception");
    LibnetCliTest.Run noOut = LibnetCliTest.run("digital", "iiif", "build", src.toString(), "--base-url", "https://x.vn");
    assertThat(noOut.code()).isEqualTo(2);
    LibnetCliTest.Run empty = LibnetCliTest.run("digital", "iiif", "build", Files.createDirectories(dir.resolve("empty")).toString(),
        "--base-url", "https://x.vn", "--out", dir.resolve("e.json").toString(), "--lang", "en");
    assertThat(empty.code()).isEqualTo(1);
    assertThat(empty.out()).contains("IIIF_BUILD_NO_IMAGES", "IIIF_MANIFEST_EMPTY");
  }

  @Test
  void helpInBothLanguages() {
    LibnetCliTest.Run help = LibnetCliTest.run("digital", "iiif", "build", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--base-url", "Build the IIIF Presentation 3.0 manifest", "Tạo manifest IIIF Presentation 3.0");
    LibnetCliTest.Run group = LibnetCliTest.run("digital", "iiif");
    assertThat(group.out()).contains("build", "validate");
  }
}
