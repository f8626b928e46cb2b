package vn.libnet.digital.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bag zipped and unzipped is the same valid bag; hostile archives are refused before they write outside or too much. */
class BagArchivesTest {
  @TempDir Path dir;

  @Test
  void aZippedBagUnzipsToTheSameValidBag() throws Exception {
    Path bag = dir.resolve("HN-0001");
    BagCreator.builder().build().create(BagCreatorTest.scans(dir), bag);
    Path zip = dir.resolve("HN-0001.zip");
    BagArchives.defaults().zip(bag, zip);
    assertThat(BagArchives.entries(zip)).allMatch(e -> e.startsWith("HN-0001/")).contains("HN-0001/bagit.txt");
    Path back = BagArchives.defaults().unzip(zip, dir.resolve("unpacked"));
    assertThat(back).isEqualTo(dir.resolve("unpacked").toRealPath().resolve("HN-0001"));
    assertThat(BagValidator.builder().locale(Locale.ENGLISH).build().validate(back).issues()).isEmpty();
    assertThatThrownBy(() -> BagArchives.defaults().zip(bag, zip)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
  }

  private Path zipOf(String... namesAndContents) throws Exception {
    Path zip = Files.createTempFile(dir, "hostile", ".zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void entriesThatLeaveTheFolderOrAreNotOneBagAreRefused() throws Exception {
    for (String evil : new String[] {"bag/../../evil.txt", "/etc/cron.d/evil", "bag/data/../../../evil", "C:/evil.txt"}) {
      Path zip = zipOf("bag/bagit.txt", "BagIt-Version: 1.0\n", evil, "x");
      Path target = Files.createTempDirectory(dir, "t");
      assertThatThrownBy(() -> BagArchives.defaults().unzip(zip, target)).as(evil).isInstanceOfSatisfying(BagException.class,
          e -> assertThat(e.failure()).isEqualTo(BagFailure.BAGIT_ARCHIVE_UNSAFE_PATH));
    }
    assertThat(dir.resolve("evil.txt")).doesNotExist();
    Path two = zipOf("a/bagit.txt", "x", "b/bagit.txt", "y");
    assertThatThrownBy(() -> BagArchives.defaults().unzip(two, dir.resolve("u"))).isInstanceOfSatisfying(BagException.class, e -> {
      assertThat(e.failure()).isEqualTo(BagFailure.BAGIT_ARCHIVE_NOT_ONE_BAG);
      assertThat(e.message(Locale.forLanguageTag("vi"))).contains("không nằm trong thư mục của gói \"a/\"");
    });
  }

  @Test
  void aBombIsStoppedAtItsLimitBeforeMoreIsWritten() throws Exception {
    Path zip = Files.createTempFile(dir, "bomb", ".zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("bag/data/zeros.bin"));
      byte[] mib = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        z.write(mib);
      }
      z.closeEntry();
    }
    assertThat(Files.size(zip)).isLessThan(1 << 20);
    BagArchives small = BagArchives.defaults().withLimits(8L << 20, 100);
    assertThatThrownBy(() -> small.unzip(zip, dir.resolve("b"))).isInstanceOfSatisfying(BagException.class,
        e -> assertThat(e.failure()).isEqualTo(BagFailure.BAGIT_ARCHIVE_TOO_LARGE));
    assertThat(Files.size(dir.resolve("b/bag/data/zeros.bin"))).isLessThanOrEqualTo(8L << 20);
  }
}
