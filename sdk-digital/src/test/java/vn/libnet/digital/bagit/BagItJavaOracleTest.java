package vn.libnet.digital.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.exceptions.FileNotInPayloadDirectoryException;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.validation.ValidationReport;

/**
 * The Library of Congress's bagit-java (gov.loc:bagit, test scope only) as the oracle: it finds the SDK's bags
 * valid and their damage; the SDK finds bagit-java's bags valid and the same damage.
 */
class BagItJavaOracleTest {
  @TempDir Path dir;

  @Test
  void bagitJavaFindsTheSdksBagValidAndItsDamage() throws Exception {
    Path bag = dir.resolve("bag");
    BagCreator.builder().sourceOrganization("Thư viện Quốc gia Việt Nam").build().create(BagCreatorTest.scans(dir), bag);
    Bag read = new BagReader().read(bag);
    assertThat(read.getPayLoadManifests()).hasSize(2);
    assertThat(read.getTagManifests()).hasSize(2);
    try (BagVerifier verifier = new BagVerifier()) {
      // bagit-java 5.2.0 does not decode %25 (RFC 8493 §2.1.3): it looks for "100%25 tỉ lệ.jpg" and misses the file.
      assertThatThrownBy(() -> verifier.isValid(read, false)).isInstanceOf(FileNotInPayloadDirectoryException.class)
          .hasMessageContaining("100%25 tỉ lệ.jpg");
      Files.delete(bag.resolve("data/100% tỉ lệ.jpg"));
      for (String m : List.of("manifest-sha256.txt", "manifest-sha512.txt")) {
        Files.writeString(bag.resolve(m), Files.readString(bag.resolve(m)).lines().filter(l -> !l.contains("%25")).map(l -> l + "\n")
            .collect(Collectors.joining()));
      }
      Files.delete(bag.resolve("tagmanifest-sha256.txt"));
      Files.delete(bag.resolve("tagmanifest-sha512.txt"));
      Files.writeString(bag.resolve("bag-info.txt"), Files.readString(bag.resolve("bag-info.txt")).replaceFirst("Payload-Oxum: .*\n", ""));
      // Without that one name it agrees: every other name (CR and LF encoded, Vietnamese, nested) found and verified.
      verifier.isValid(new BagReader().read(bag), false);
      assertThat(BagVerifier.canQuickVerify(read)).isTrue();
      Path page = bag.resolve("data/trang/0003.jp2");
      byte[] b = Files.readAllBytes(page);
      b[0] ^= 1;
      Files.write(page, b);
      assertThatThrownBy(() -> verifier.isValid(new BagReader().read(bag), false)).isInstanceOf(CorruptChecksumException.class);
    }
  }

  @Test
  void theSdkFindsBagitJavasBagValidAndItsDamage() throws Exception {
    Path bag = BagCreatorTest.scans(dir);
    gov.loc.repository.bagit.creator.BagCreator.bagInPlace(bag, List.of(StandardSupportedAlgorithms.SHA512, StandardSupportedAlgorithms.MD5), false);
    BagValidator validator = BagValidator.builder().locale(Locale.ENGLISH).build();
    ValidationReport r = validator.validate(bag);
    String seen = r.issues().stream().map(i -> i.severity() + " " + i.code() + " " + i.path()).collect(Collectors.joining("\n"));
    // bagit-java writes "%" bare where RFC 8493 wants %25: read as written (the file is found), and said.
    assertThat(r.isValid()).as(seen).isTrue();
    assertThat(r.issues()).as(seen).extracting(i -> i.code() + " " + i.path().replaceFirst(":\\d+$", ""))
        .containsExactlyInAnyOrder("BAGIT_PATH_NOT_ENCODED manifest-md5.txt", "BAGIT_PATH_NOT_ENCODED manifest-sha512.txt");
    Files.writeString(bag.resolve("data/rỗng.txt"), "no longer empty");
    r = validator.validate(bag);
    assertThat(r.issues().stream().map(i -> i.code())).contains("BAGIT_CHECKSUM_MISMATCH", "BAGIT_OXUM_MISMATCH");
  }
}
