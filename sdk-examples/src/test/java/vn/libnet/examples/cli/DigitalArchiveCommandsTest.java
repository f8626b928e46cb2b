package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code libnet digital bag --move|--archive} and {@code digital validate BAG.zip|BAG.tar[.gz] --format html}, in both languages. */
class DigitalArchiveCommandsTest {
  @TempDir Path dir;

  private Path scans() throws Exception {
    Path src = Files.createDirectories(dir.resolve("scans"));
    Files.writeString(src.resolve("Truyện Kiều.pdf"), "bản quét");
    Files.write(Files.createDirectories(src.resolve("trang")).resolve("0001.tif"), new byte[4096]);
    return src;
  }

  @Test
  void aBagWrittenAsTarOrZipValidatesAsWrittenAndGzipped() throws Exception {
    Path tar = dir.resolve("SACH-0001.tar");
    LibnetCliTest.Run made = LibnetCliTest.run("digital", "bag", scans().toString(), "--out", tar.toString(), "--lang", "en");
    assertThat(made.code()).as(made.err()).isZero();
    assertThat(made.out()).startsWith("Made the bag " + tar + ": 2 files, 4,107 bytes");
    assertThat(vn.libnet.digital.bagit.BagArchives.entries(tar)).contains("SACH-0001/bagit.txt", "SACH-0001/data/Truyện Kiều.pdf");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("scans", "SACH-0001.tar");
    }
    LibnetCliTest.Run ok = LibnetCliTest.run("digital", "validate", tar.toString(), "--lang", "en");
    assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("(bagit): valid: 0 errors");

    Path gz = dir.resolve("SACH-0001.tar.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(tar, out);
    }
    assertThat(LibnetCliTest.run("digital", "validate", gz.toString(), "--fast").code()).isZero();

    Path zip = dir.resolve("goi");
    LibnetCliTest.Run zipped = LibnetCliTest.run("digital", "bag", dir.resolve("scans").toString(), "--out", zip.toString(), "--archive", "zip");
    assertThat(zipped.code()).as(zipped.err()).isZero();
    assertThat(Files.isRegularFile(zip)).isTrue();
    assertThat(LibnetCliTest.run("digital", "validate", zip.toString()).code()).isZero();
  }

  @Test
  void moveEmptiesTheSourceIntoTheBag() throws Exception {
    Path src = scans();
    Path bag = dir.resolve("bag");
    LibnetCliTest.Run moved = LibnetCliTest.run("digital", "bag", src.toString(), "--out", bag.toString(), "--move");
    assertThat(moved.code()).as(moved.err()).isZero();
    try (Stream<Path> left = Files.list(src)) {
      assertThat(left).isEmpty();
    }
    assertThat(bag.resolve("data/trang/0001.tif")).hasSize(4096);
    assertThat(LibnetCliTest.run("digital", "validate", bag.toString()).code()).isZero();
  }

  @Test
  void htmlReportsForValidateAndCheck() throws Exception {
    Path bag = dir.resolve("bag");
    assertThat(LibnetCliTest.run("digital", "bag", scans().toString(), "--out", bag.toString()).code()).isZero();
    Files.write(bag.resolve("data/trang/0001.tif"), new byte[] {1, 2, 3});
    LibnetCliTest.Run html = LibnetCliTest.run("digital", "validate", bag.toString(), "--format", "html", "--lang", "vi");
    assertThat(html.code()).isEqualTo(1);
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\"", "Kiểm tra BagIt của", "BAGIT_CHECKSUM_MISMATCH", "Vị trí");
    LibnetCliTest.Run check = LibnetCliTest.run("digital", "check", dir.resolve("scans").toString(), "--format", "html", "--lang", "en");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out()).startsWith("<!DOCTYPE html>").contains("vn-digitization check of", "DIGITIZATION_CHECKSUM_MISSING")
        .doesNotContain("<script>");
  }

  @Test
  void withAProgressBarTheReportOnStandardOutputStaysClean() throws Exception {
    // The bar itself is drawn on the process's standard error (progressbar's console), outside what a test captures.
    Path bag = dir.resolve("bag");
    assertThat(LibnetCliTest.run("digital", "bag", scans().toString(), "--out", bag.toString()).code()).isZero();
    LibnetCliTest.Run check = LibnetCliTest.run("digital", "check", bag.toString(), "--progress", "--format", "json", "--lang", "en");
    LibnetCliTest.Run validate = LibnetCliTest.run("digital", "validate", bag.toString(), "--progress", "--format", "json", "--lang", "en");
    assertThat(vn.libnet.core.json.LibnetJson.mapper().readTree(check.out()).path("profile").asText()).isEqualTo("vn-digitization/1");
    assertThat(vn.libnet.core.json.LibnetJson.mapper().readTree(validate.out()).path("valid").asInt()).isEqualTo(1);
  }

  @Test
  void wrongInputIsAClearUsageError() throws Exception {
    Path src = scans();
    LibnetCliTest.Run both = LibnetCliTest.run("digital", "bag", src.toString(), "--out", dir.resolve("b.tar").toString(), "--move", "--lang", "vi");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("Không dùng được --move với tệp nén").doesNotContain("Exception");
    assertThat(Files.list(src).count()).isEqualTo(2);
    LibnetCliTest.Run rar = LibnetCliTest.run("digital", "bag", src.toString(), "--out", dir.resolve("b").toString(), "--archive", "rar", "--lang", "en");
    assertThat(rar.code()).isEqualTo(2);
    assertThat(rar.err()).contains("--archive");

    Path evil = dir.resolve("evil.tar");
    try (OutputStream out = Files.newOutputStream(evil); TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
      TarArchiveEntry link = new TarArchiveEntry("bag/data/passwd", TarArchiveEntry.LF_SYMLINK);
      link.setLinkName("/etc/passwd");
      t.putArchiveEntry(link);
      t.closeArchiveEntry();
    }
    LibnetCliTest.Run en = LibnetCliTest.run("digital", "validate", evil.toString(), "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err()).contains("bag/data/passwd", "which a bag never holds").doesNotContain("Exception");
    LibnetCliTest.Run vi = LibnetCliTest.run("digital", "validate", evil.toString(), "--lang", "vi");
    assertThat(vi.err()).contains("thứ mà gói không bao giờ chứa");
    Path junk = Files.writeString(dir.resolve("notes.txt"), "không phải gói");
    LibnetCliTest.Run notBag = LibnetCliTest.run("digital", "validate", junk.toString(), "--lang", "en");
    assertThat(notBag.code()).isEqualTo(2);
    assertThat(notBag.err()).contains("neither a zip, a tar nor a gzip-compressed tar");
  }

  @Test
  void helpNamesTheNewOptionsInBothLanguages() {
    LibnetCliTest.Run bag = LibnetCliTest.run("digital", "bag", "--help");
    assertThat(bag.code()).isZero();
    assertThat(bag.out()).contains("--move", "--archive=zip|tar", "Chuyển các tệp vào BAG/data/");
    LibnetCliTest.Run validate = LibnetCliTest.run("digital", "validate", "--help");
    assertThat(validate.out()).contains("--format=text|json|html", "tar.gz");
  }

  @Test
  void severalFilesAreBaggedByTheirNames() throws Exception {
    Path a = Files.write(Files.createDirectories(dir.resolve("x")).resolve("trang 1.tif"), new byte[] {1, 2, 3});
    Path b = Files.write(Files.createDirectories(dir.resolve("y")).resolve("trang 2.tif"), new byte[] {4, 5});
    Path bag = dir.resolve("list-bag");
    LibnetCliTest.Run made = LibnetCliTest.run("digital", "bag", a.toString(), b.toString(), "--out", bag.toString(), "--lang", "en");
    assertThat(made.code()).as(made.err()).isZero();
    assertThat(Files.readString(bag.resolve("manifest-sha256.txt"))).contains("  data/trang 1.tif\n", "  data/trang 2.tif\n");
    assertThat(LibnetCliTest.run("digital", "validate", bag.toString()).code()).isZero();
    Path clash = Files.write(dir.resolve("trang 1.tif"), new byte[] {9});
    LibnetCliTest.Run refused = LibnetCliTest.run("digital", "bag", a.toString(), clash.toString(), "--out", dir.resolve("b2").toString(), "--lang", "vi");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("NFC").doesNotContain("Exception");
  }

  @Test
  void archiveNamesThatWouldMisleadAreRefusedAndAMissingBagIsSaidSo() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.write(src.resolve("a.tif"), new byte[] {1});
    LibnetCliTest.Run gz = LibnetCliTest.run("digital", "bag", src.toString(), "--out", dir.resolve("b.tar.gz").toString(), "--lang", "en");
    assertThat(gz.code()).isEqualTo(2);
    assertThat(gz.err()).contains(".tar.gz is read, not written");
    assertThat(Files.exists(dir.resolve("b.tar.gz"))).isFalse();
    LibnetCliTest.Run mismatch = LibnetCliTest.run("digital", "bag", src.toString(), "--out", dir.resolve("b.zip").toString(), "--archive", "tar",
        "--lang", "vi");
    assertThat(mismatch.code()).isEqualTo(2);
    assertThat(mismatch.err()).contains("không có đuôi .tar");
    assertThat(Files.exists(dir.resolve("b.zip"))).isFalse();
    LibnetCliTest.Run missing = LibnetCliTest.run("digital", "validate", dir.resolve("nothere").toString(), "--lang", "en");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Cannot find");
  }
}
