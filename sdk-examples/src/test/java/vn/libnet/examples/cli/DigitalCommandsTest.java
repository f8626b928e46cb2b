package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;

/** {@code libnet digital bag|validate} as a person at a terminal would run them, in both languages. */
class DigitalCommandsTest {
  @TempDir Path dir;

  private Path scans() throws Exception {
    Path src = Files.createDirectories(dir.resolve("scans"));
    Files.writeString(src.resolve(Normalizer.normalize("Nhật ký trong tù.pdf", Normalizer.Form.NFD)), "bản quét");
    Files.write(Files.createDirectories(src.resolve("trang")).resolve("0001.tif"), new byte[4096]);
    return src;
  }

  @Test
  void aFolderIsBaggedAndTheBagValidatesThenItsDamageIsNamed() throws Exception {
    Path bag = dir.resolve("bag");
    LibnetCliTest.Run made = LibnetCliTest.run("digital", "bag", scans().toString(), "--out", bag.toString(), "--isil", "VN-HaNoi-TVQG",
        "--object-id", "SACH-0001", "--lang", "en");
    assertThat(made.code()).as(made.err()).isZero();
    assertThat(made.out()).startsWith("Made the bag " + bag + ": 2 files, 4,107 bytes, manifests sha256, sha512.")
        .contains("renamed to NFC: data/" + Normalizer.normalize("Nhật ký trong tù.pdf", Normalizer.Form.NFD));
    assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("Source-Organization: VN-HaNoi-TVQG\n",
        "External-Identifier: VN-HaNoi-TVQG:SACH-0001\n");

    LibnetCliTest.Run ok = LibnetCliTest.run("digital", "validate", bag.toString(), "--lang", "en");
    assertThat(ok.code()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("(bagit): valid: 0 errors, 0 warnings, 0 remarks");

    Path zip = dir.resolve("bag.zip");
    vn.libnet.digital.bagit.BagArchives.defaults().zip(bag, zip);
    LibnetCliTest.Run zipped = LibnetCliTest.run("digital", "validate", zip.toString(), "--lang", "en");
    assertThat(zipped.code()).as(zipped.out() + zipped.err()).isZero();

    Files.write(bag.resolve("data/trang/0001.tif"), new byte[] {1, 2, 3});
    LibnetCliTest.Run fast = LibnetCliTest.run("digital", "validate", bag.toString(), "--fast", "--lang", "vi");
    assertThat(fast.code()).isEqualTo(1);
    assertThat(fast.out()).contains("BAGIT_OXUM_MISMATCH", "Payload-Oxum ghi 4107.2, nội dung thực là 14.2");
    LibnetCliTest.Run json = LibnetCliTest.run("digital", "validate", bag.toString(), "--format", "json");
    assertThat(json.code()).isEqualTo(1);
    JsonNode doc = LibnetJson.mapper().readTree(json.out());
    assertThat(doc.path("results").get(0).path("issues").findValuesAsText("code")).contains("BAGIT_CHECKSUM_MISMATCH", "BAGIT_OXUM_MISMATCH");
  }

  @Test
  void theFormatPolicyIsCheckedOnABagAndOnAFolder() throws Exception {
    Path bag = dir.resolve("bag");
    assertThat(LibnetCliTest.run("digital", "bag", scans().toString(), "--out", bag.toString()).code()).isZero();
    // A bag of a PDF and a blank "TIFF" (zeros, no header): the PDF passes, the master fails, the rights are missing.
    LibnetCliTest.Run r = LibnetCliTest.run("digital", "check", bag.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("DIGITIZATION_RIGHTS_MISSING", "(bagit): valid").doesNotContain("DIGITIZATION_CHECKSUM_MISSING");
    LibnetCliTest.Run plain = LibnetCliTest.run("digital", "check", dir.resolve("scans").toString(), "--format", "json");
    assertThat(plain.code()).isEqualTo(1);
    JsonNode doc = LibnetJson.mapper().readTree(plain.out());
    assertThat(doc.path("profile").asText()).isEqualTo("vn-digitization/1");
    assertThat(doc.path("results").get(0).path("issues").findValuesAsText("code")).contains("DIGITIZATION_CHECKSUM_MISSING",
        "DIGITIZATION_NAME_NOT_NFC");
    LibnetCliTest.Run other = LibnetCliTest.run("digital", "check", bag.toString(), "--profile", "vn-other", "--lang", "vi");
    assertThat(other.code()).isEqualTo(2);
    assertThat(other.err()).contains("--profile nhận vn-digitization");
  }

  @Test
  void wrongInputIsAUsageErrorSaidWithoutAStackTrace() throws Exception {
    Path src = scans();
    Files.createDirectories(dir.resolve("taken"));
    LibnetCliTest.Run taken = LibnetCliTest.run("digital", "bag", src.toString(), "--out", dir.resolve("taken").toString(), "--lang", "vi");
    assertThat(taken.code()).isEqualTo(2);
    assertThat(taken.err()).contains("đã tồn tại: gói luôn được tạo trong thư mục mới").doesNotContain("Exception");
    LibnetCliTest.Run md5 = LibnetCliTest.run("digital", "bag", src.toString(), "--out", dir.resolve("b").toString(), "--algorithm", "md5",
        "--lang", "en");
    assertThat(md5.code()).isEqualTo(2);
    assertThat(md5.err()).contains("--algorithm takes sha256 or sha512");
    assertThat(dir.resolve("b")).doesNotExist();
    LibnetCliTest.Run none = LibnetCliTest.run("digital", "validate", dir.resolve("none").toString(), "--lang", "en");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("Cannot find");
    LibnetCliTest.Run noOut = LibnetCliTest.run("digital", "bag", src.toString(), "--lang", "en");
    assertThat(noOut.code()).isEqualTo(2);
  }
}
