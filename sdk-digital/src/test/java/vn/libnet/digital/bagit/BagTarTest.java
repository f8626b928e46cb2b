package vn.libnet.digital.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tar bags (RFC 8493 §4.2): written and read back byte for byte, long and Vietnamese names included, plain and
 * gzip-compressed; hostile tars (leaving the folder, links, devices, bombs, cut short) refused with the entry named.
 */
class BagTarTest {
  private static final String NFD = Normalizer.normalize("Bản đồ Hà Nội.tif", Normalizer.Form.NFD);
  private static final String LONG = "Tuyển tập thơ văn Việt Nam thời Lý Trần, quyển thượng, bản chép tay của Viện Hán Nôm, trang ";

  @TempDir Path dir;

  @Test
  void aTarredBagUntarsToTheSameValidBagWithLongAndVietnameseNames() throws Exception {
    Path src = BagCreatorTest.scans(dir);
    Path deep = Files.createDirectories(src.resolve("thư mục rất dài ".repeat(6).strip()));
    Files.write(deep.resolve(LONG + "0001.jp2"), BagCreatorTest.bytes(7, 4000));
    Path bag = dir.resolve("HN-0002");
    BagCreator.builder().build().create(src, bag);
    Path tar = dir.resolve("HN-0002.tar");
    BagArchives.defaults().tar(bag, tar);
    assertThat(BagArchives.entries(tar)).allMatch(e -> e.startsWith("HN-0002/")).contains("HN-0002/bagit.txt", "HN-0002/data/")
        .anyMatch(e -> e.getBytes(StandardCharsets.UTF_8).length > 255);
    Path back = BagArchives.defaults().untar(tar, dir.resolve("unpacked"));
    assertThat(BagValidator.builder().locale(Locale.ENGLISH).build().validate(back).issues()).isEmpty();
    assertThat(Files.readAllBytes(back.resolve("data").resolve(deep.getFileName().toString()).resolve(LONG + "0001.jp2")))
        .isEqualTo(BagCreatorTest.bytes(7, 4000));
    assertThatThrownBy(() -> BagArchives.defaults().tar(bag, tar)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(tar).exists();

    Path gz = dir.resolve("HN-0002.tar.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(tar, out);
    }
    Path fromGz = BagArchives.defaults().unpack(gz, dir.resolve("gz"));
    assertThat(BagValidator.builder().build().validate(fromGz).isValid()).isTrue();
  }

  @Test
  void nfdNamesAndAnEmptyPayloadSurviveByteForByte() throws Exception {
    Path bag = Files.createDirectories(dir.resolve("nfd/data"));
    Files.write(bag.resolve(NFD), new byte[] {1, 2, 3});
    Files.createDirectories(dir.resolve("empty/data"));
    for (String name : new String[] {"nfd", "empty"}) {
      Path tar = dir.resolve(name + ".tar");
      BagArchives.defaults().tar(dir.resolve(name), tar);
      Path back = BagArchives.defaults().unpack(tar, dir.resolve("u-" + name));
      assertThat(back.resolve("data")).isDirectory();
    }
    try (var names = Files.list(dir.resolve("u-nfd/nfd/data"))) {
      assertThat(names.map(p -> p.getFileName().toString())).containsExactly(NFD);
    }
  }

  private Path tarOf(Consumer<TarArchiveOutputStream> entries) throws Exception {
    Path tar = Files.createTempFile(dir, "hostile", ".tar");
    try (OutputStream out = Files.newOutputStream(tar); TarArchiveOutputStream t = new TarArchiveOutputStream(out, "UTF-8")) {
      t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      t.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      file(t, "bag/bagit.txt", "BagIt-Version: 1.0\n");
      entries.accept(t);
      t.finish();
    }
    return tar;
  }

  private static void file(TarArchiveOutputStream t, String name, String text) {
    try {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry(name, true); // kept as given: absolute names too
      e.setSize(b.length);
      t.putArchiveEntry(e);
      t.write(b);
      t.closeArchiveEntry();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void special(TarArchiveOutputStream t, String name, byte type, String link) {
    try {
      TarArchiveEntry e = new TarArchiveEntry(name, type);
      if (link != null) {
        e.setLinkName(link);
      }
      t.putArchiveEntry(e);
      t.closeArchiveEntry();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private BagException refused(Path tar, BagFailure failure) {
    Path target = dir.resolve("t-" + tar.getFileName());
    BagException[] caught = new BagException[1];
    assertThatThrownBy(() -> BagArchives.defaults().withLimits(8L << 20, 100).untar(tar, target)).as(tar + " " + failure)
        .isInstanceOfSatisfying(BagException.class, e -> {
          assertThat(e.failure()).isEqualTo(failure);
          caught[0] = e;
        });
    return caught[0];
  }

  @Test
  void entriesThatLeaveTheFolderAreRefused() throws Exception {
    for (String evil : new String[] {"bag/../../evil.txt", "/tmp/evil.txt", "bag/data/../../../evil.txt", "C:/evil.txt"}) {
      BagException e = refused(tarOf(t -> file(t, evil, "x")), BagFailure.BAGIT_ARCHIVE_UNSAFE_PATH);
      assertThat(e.message(Locale.ENGLISH)).contains(evil);
    }
    assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    assertThat(refused(tarOf(t -> file(t, "other/bagit.txt", "x")), BagFailure.BAGIT_ARCHIVE_NOT_ONE_BAG)
        .message(Locale.forLanguageTag("vi"))).contains("không nằm trong thư mục của gói \"bag/\"");
  }

  @Test
  void linksDevicesAndPipesAreRefusedAndNothingIsLinked() throws Exception {
    Object[][] cases = {
        {TarConstants.LF_SYMLINK, "/etc/passwd", "symlink"}, {TarConstants.LF_LINK, "bag/bagit.txt", "hard link"},
        {TarConstants.LF_CHR, null, "device"}, {TarConstants.LF_BLK, null, "device"}, {TarConstants.LF_FIFO, null, "fifo"}};
    for (Object[] c : cases) {
      Path tar = tarOf(t -> special(t, "bag/data/passwd", (Byte) c[0], (String) c[1]));
      BagException e = refused(tar, BagFailure.BAGIT_ARCHIVE_SPECIAL_ENTRY);
      assertThat(e.message(Locale.ENGLISH)).contains("bag/data/passwd", (String) c[2]);
      assertThat(e.message(Locale.forLanguageTag("vi"))).contains("thứ mà gói không bao giờ chứa");
      assertThat(dir.resolve("t-" + tar.getFileName()).resolve("bag/data/passwd")).doesNotExist();
    }
  }

  @Test
  void aTarBombIsRefusedBeforeItsBytesAreWritten() throws Exception {
    Path gz = dir.resolve("bomb.tar.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz)); TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
      TarArchiveEntry e = new TarArchiveEntry("bag/data/zeros.bin");
      e.setSize(64L << 20);
      t.putArchiveEntry(e);
      byte[] mib = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        t.write(mib);
      }
      t.closeArchiveEntry();
    }
    assertThat(Files.size(gz)).isLessThan(1 << 20);
    refused(gz, BagFailure.BAGIT_ARCHIVE_TOO_LARGE);
    assertThat(dir.resolve("t-bomb.tar.gz/bag/data/zeros.bin")).doesNotExist();
    Path many = tarOf(t -> {
      for (int i = 0; i < 200; i++) {
        file(t, "bag/data/" + i, "");
      }
    });
    refused(many, BagFailure.BAGIT_ARCHIVE_TOO_LARGE);
    try (var written = Files.list(dir.resolve("t-" + many.getFileName()).resolve("bag/data"))) {
      assertThat(written.count()).isEqualTo(99);
    }
  }

  @Test
  void aTruncatedTarNamesTheEntryWhereItStops() throws Exception {
    Path tar = tarOf(t -> file(t, "bag/data/trang-0001.tif", "x".repeat(20_000)));
    byte[] all = Files.readAllBytes(tar);
    Path cut = dir.resolve("cut.tar");
    Files.write(cut, Arrays.copyOf(all, 512 * 3 + 5000));
    BagException e = refused(cut, BagFailure.BAGIT_ARCHIVE_DAMAGED);
    assertThat(e.message(Locale.ENGLISH)).contains("bag/data/trang-0001.tif", "cut short");
    assertThat(e.message(Locale.forLanguageTag("vi"))).contains("bị cắt cụt");
    Path junk = dir.resolve("junk.tar");
    Files.write(junk, new byte[1024]);
    assertThatThrownBy(() -> BagArchives.defaults().unpack(junk, dir.resolve("j"))).isInstanceOfSatisfying(BagException.class,
        x -> assertThat(x.failure()).isEqualTo(BagFailure.BAGIT_ARCHIVE_UNKNOWN_FORMAT));
  }
}
