package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;

/** {@code -} is standard input or output for every command that reads or writes a file, so they compose in pipes. */
class CliPipesTest {
  @TempDir Path dir;

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static List<MarcRead> records(byte[] data, MarcFormat format) {
    List<MarcRead> all = new ArrayList<>();
    try (MarcRecordReader r = MarcReaders.open(new ByteArrayInputStream(data), format, ReadOptions.lenient())) {
      r.forEachRemaining(all::add);
    }
    return all;
  }

  @Test
  void generateConvertValidateAndDedupInAPipe() {
    // libnet marc generate --to json - | libnet marc convert - --to mrk | libnet marc validate - --format json
    LibnetCliTest.Run generated = LibnetCliTest.run("marc", "generate", "-", "--to", "json", "--count", "25", "--duplicates", "0.3", "--lang", "en");
    assertThat(generated.code()).isZero();
    assertThat(generated.err()).startsWith("25 synthetic records written to - (").hasLineCount(1);
    assertThat(records(bytes(generated.out()), MarcFormat.MARC_JSON)).hasSize(25);

    LibnetCliTest.Run mrk = LibnetCliTest.run(bytes(generated.out()), "marc", "convert", "-", "--to", "mrk", "--lang", "en");
    assertThat(mrk.code()).as(mrk.err()).isZero();
    assertThat(mrk.out()).startsWith("=LDR  ");
    assertThat(mrk.err()).startsWith("25 records read, 25 written to - (MRK)");
    assertThat(records(bytes(mrk.out()), MarcFormat.MRK)).hasSize(25);

    LibnetCliTest.Run validated = LibnetCliTest.run(bytes(mrk.out()), "marc", "validate", "-", "--format", "json", "-o", "-", "--lang", "en");
    assertThat(validated.code()).as(validated.err()).isZero();
    JsonNode json = parse(validated.out());
    assertThat(json.path("records").asInt()).isEqualTo(25);

    LibnetCliTest.Run dedup = LibnetCliTest.run(bytes(mrk.out()), "marc", "dedup", "-", "--format", "json", "--lang", "en");
    assertThat(dedup.code()).as(dedup.err()).isZero();
    assertThat(parse(dedup.out()).path("records").asInt()).isEqualTo(25);
  }

  @Test
  void convertFromStdinToAFileAndFromAFileToStdout() throws Exception {
    Path xml = dir.resolve("out.xml");
    LibnetCliTest.Run toFile = LibnetCliTest.run(rawIso(5), "marc", "convert", "-", "--out", xml.toString(), "--lang", "en");
    assertThat(toFile.code()).as(toFile.err()).isZero();
    assertThat(toFile.out()).startsWith("5 records read, 5 written to " + xml + " (MARCXML)");
    LibnetCliTest.Run toStdout = LibnetCliTest.run("marc", "convert", xml.toString(), "-", "--to", "json", "--lang", "en");
    assertThat(toStdout.code()).isZero();
    assertThat(records(bytes(toStdout.out()), MarcFormat.MARC_JSON)).hasSize(5);
  }

  private byte[] rawIso(int count) throws Exception {
    Path iso = dir.resolve("in.mrc");
    assertThat(LibnetCliTest.run("marc", "generate", iso.toString(), "--count", String.valueOf(count), "--lang", "en").code()).isZero();
    return Files.readAllBytes(iso);
  }

  @Test
  void validateReadsJsonFromStdin() {
    LibnetCliTest.Run r = LibnetCliTest.run(bytes("[" + LibnetCliTest.VALID + "]"), "validate", "-", "--profile", "vn-library", "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("- #1 (vn-library/1): valid").contains("1 documents checked: 1 valid, 0 invalid.");
    assertThat(LibnetCliTest.run(bytes("{}"), "validate", "-", "-", "--profile", "vn-library", "--lang", "en").err())
        .isEqualTo("Standard input (-) can be read only once.\n");
  }

  private static JsonNode parse(String json) {
    try {
      return LibnetJson.mapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(json, e);
    }
  }
}
