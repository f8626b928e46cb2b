package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.libnet.core.validation.ValidationIssue;

/** The mnemonics of LC's MARCMaker list, read and written one value at a time. */
class MrkMnemonicsTest {
  private static final ReadOptions LENIENT = new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH);

  record Row(String mnemonic, byte[] marc8, String unicode, String use) {}

  /** The table as the resource has it, parsed here independently of {@link Mrk}. */
  static List<Row> table() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(Mrk.class.getResourceAsStream("mrk-mnemonics.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.startsWith("mnemonic\t")) {
          continue;
        }
        String[] c = line.split("\t");
        String[] hex = c[1].split(" ");
        byte[] b = new byte[hex.length];
        for (int i = 0; i < hex.length; i++) {
          b[i] = (byte) Integer.parseInt(hex[i], 16);
        }
        StringBuilder u = new StringBuilder();
        if (!c[2].equals("-")) {
          for (String cp : c[2].split(" ")) {
            u.appendCodePoint(Integer.parseInt(cp.substring(2), 16));
          }
        }
        rows.add(new Row(c[0], b, c[2].equals("-") ? null : u.toString(), c[3]));
      }
    }
    return rows;
  }

  static String decode(String text, boolean marc8, List<ValidationIssue> issues) {
    ReadContext ctx = new ReadContext(LENIENT, 1, 1);
    String s = Normalizer.normalize(Mrk.decode(text, marc8, "500$a", ctx), Normalizer.Form.NFC);
    issues.addAll(ctx.issues);
    return s;
  }

  static String decode(String text) {
    List<ValidationIssue> issues = new ArrayList<>();
    String s = decode(text, true, issues);
    assertThat(issues).as(text).isEmpty();
    return s;
  }

  static List<String> codes(String text, boolean marc8) {
    List<ValidationIssue> issues = new ArrayList<>();
    decode(text, marc8, issues);
    return issues.stream().map(ValidationIssue::code).toList();
  }

  @Test
  void everyMnemonicOfTheListReadsAsItsCharacter() throws IOException {
    List<Row> rows = table();
    assertThat(rows).hasSizeGreaterThan(680);
    assertThat(rows.stream().map(Row::mnemonic).distinct().count()).isEqualTo(rows.size());
    int checked = 0;
    for (Row row : rows) {
      if (row.unicode() == null || row.use().equals("none")) {
        continue;
      }
      boolean combining = row.marc8().length == 1 && (row.marc8()[0] & 0xFF) >= 0xE0;
      // A combining mark needs its letter after it, as in MARC-8; the mark then follows the letter.
      String expected = Normalizer.normalize(combining ? "a" + row.unicode() : row.unicode(), Normalizer.Form.NFC);
      assertThat(decode(row.mnemonic() + (combining ? "a" : ""))).as(row.mnemonic()).isEqualTo(expected);
      checked++;
    }
    assertThat(checked).isGreaterThan(580);
  }

  @Test
  void theListAgreesWithYazIconv() throws Exception {
    Assumptions.assumeTrue(onPath("yaz-iconv"), "yaz-iconv is not installed; the table's MARC-8 column is not checked against it");
    int checked = 0;
    for (Row row : table()) {
      if (!row.use().equals("read") && !row.use().equals("write") || row.unicode() == null) {
        continue;
      }
      byte[] in = new byte[row.marc8().length + 1];
      System.arraycopy(row.marc8(), 0, in, 0, row.marc8().length);
      in[in.length - 1] = 'a';
      Process p = new ProcessBuilder("yaz-iconv", "-f", "marc8", "-t", "utf8").start();
      p.getOutputStream().write(in);
      p.getOutputStream().close();
      String yaz = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(10, TimeUnit.SECONDS);
      boolean combining = row.marc8().length == 1 && (row.marc8()[0] & 0xFF) >= 0xE0;
      assertThat(yaz).as(row.mnemonic()).isEqualTo(combining ? "a" + row.unicode() : row.unicode() + "a");
      checked++;
    }
    assertThat(checked).isGreaterThan(560);
  }

  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (new java.io.File(dir, program).canExecute()) {
        return true;
      }
    }
    return false;
  }

  @Test
  void vietnameseMarksComeBeforeTheirLetterAndKeepTheirOrder() {
    assertThat(decode("{hooka}a")).isEqualTo("ả");
    assertThat(decode("Ti{circ}{acute}eng Vi{dotb}{circ}et")).isEqualTo("Tiếng Việt");
    // Two marks of the same class: the order is the meaning (LC: kept as written, after the letter).
    assertThat(decode("{circ}{acute}e")).isEqualTo("ế");
    assertThat(decode("{acute}{circ}e")).isEqualTo("\u00e9\u0302").isNotEqualTo("ế");
    assertThat(decode("Tr{uhorn}{grave}{ohorn}ng {Dstrok}{dotb}ai h{dotb}oc")).isEqualTo("Trường Đại học");
    assertThat(decode("{Uhorn}{Ohorn}{uhorn}{ohorn}")).isEqualTo("ƯƠươ");
    assertThat(decode("{tilde}{uhorn}")).isEqualTo("ữ");
  }

  @Test
  void syntaxMnemonicsAndCase() {
    assertThat(decode("{dollar}5 {bsol} {lcub}x{rcub}")).isEqualTo("$5 \\ {x}");
    assertThat(decode("{eth}{ETH}{thorn}{THORN}{a}{A}")).isEqualTo("ðÐþÞaA");
    assertThat(codes("{HOOKA}a", true)).containsExactly("MRK_MNEMONIC_UNKNOWN");
  }

  @Test
  void escapeSequencesSwitchCharacterSets() {
    assertThat(decode("{esc}(NABC{esc}(B x")).isEqualTo("абц x");
    // As MarcEdit's help shows a degree sign: superscript zero.
    assertThat(decode("W 129{esc}p0{esc}s")).isEqualTo("W 129\u2070");
    assertThat(decode("H{esc}b2{esc}sO")).isEqualTo("H\u2082O");
    assertThat(decode("{sup2}")).isEqualTo("\u00b2");
    // An escape that selects nothing is kept as written and reported, never dropped.
    List<ValidationIssue> issues = new ArrayList<>();
    assertThat(decode("a{esc}Zb", true, issues)).isEqualTo("a{esc}Zb");
    assertThat(issues).extracting(ValidationIssue::code).containsExactly("MRK_MARC8_INVALID");
    // In a record that says UTF-8 an escape is MARC-8 all the same, and that is said.
    assertThat(codes("{esc}(NABC{esc}(B", false)).containsExactly("MRK_MARC8_ESCAPE");
  }

  @Test
  void unknownMnemonicsAreKeptAsWrittenWithAnIssue() {
    List<ValidationIssue> issues = new ArrayList<>();
    assertThat(decode("a {foo} b {ecircumflex} {80} { c", true, issues)).isEqualTo("a {foo} b {ecircumflex} {80} { c");
    assertThat(issues).extracting(ValidationIssue::code)
        .containsExactly("MRK_MNEMONIC_UNKNOWN", "MRK_MNEMONIC_UNKNOWN", "MRK_MNEMONIC_NO_CHARACTER", "MRK_MNEMONIC_UNKNOWN");
    assertThat(issues.get(0).message()).contains("500$a").contains("{foo}").doesNotContain("Exception");
    issues.clear();
    assertThat(decode("{{dollar}5", true, issues)).isEqualTo("{$5");
    assertThat(issues).extracting(ValidationIssue::code).containsExactly("MRK_MNEMONIC_UNKNOWN");
  }

  @Test
  void hexMnemonicsCodePointsAndCharacterReferences() {
    assertThat(decode("{E2}e {E0}a {41}")).isEqualTo("é ả A");
    assertThat(decode("{U+1EA3} {U+0110}")).isEqualTo("ả Đ");
    // LC's lossless form for characters MARC-8 lacks: a character in a MARC-8 record only.
    assertThat(decode("&#x4E2D;&#x6587; &#x1EA1;")).isEqualTo("中文 ạ");
    List<ValidationIssue> issues = new ArrayList<>();
    assertThat(decode("&#x4E2D;", false, issues)).isEqualTo("&#x4E2D;");
    assertThat(decode("&#xZZ; &#x110000; & x", true, issues)).isEqualTo("&#xZZ; &#x110000; & x");
    assertThat(issues).isEmpty();
  }

  @Test
  void substitutesReadAsTheCharacterTheyName() {
    assertThat(decode("{sect}5 {szlig} {trade} {mdash}")).isEqualTo("§5 ß ™ —");
    assertThat(decode("{squf}{verbar}")).isEqualTo("||");
  }

  @Test
  void marksBeforeARawLetterGoAfterIt() {
    // MarcEdit UTF-8 files mix raw text and mnemonics.
    List<ValidationIssue> issues = new ArrayList<>();
    assertThat(decode("{acute}ư", false, issues)).isEqualTo("ứ");
    assertThat(issues).isEmpty();
  }

  @Test
  void marc8MnemonicsAreWrittenAsMarcBreakerWritesThem() {
    assertThat(Mrk.escapeMarc8("Tiếng Việt")).isEqualTo("Ti{circ}{acute}eng Vi{dotb}{circ}et");
    assertThat(Mrk.escapeMarc8("Trường Đại học")).isEqualTo("Tr{uhorn}{grave}{ohorn}ng {Dstrok}{dotb}ai h{dotb}oc");
    assertThat(Mrk.escapeMarc8("Łódź ß €")).isEqualTo("{Lstrok}{acute}od{acute}z {C7} {C8}");
    assertThat(Mrk.escapeMarc8("$5 \\ {x} &#x41; &")).isEqualTo("{dollar}5 {bsol} {lcub}x{rcub} {amp}#x41; &");
    assertThat(Mrk.escapeMarc8("中 §")).isEqualTo("&#x4E2D; &#x00A7;");
    assertThat(Mrk.escapeMarc8("ASCII only")).isEqualTo("ASCII only");
  }

  @Test
  void marc8MnemonicsRoundTrip() {
    String[] texts = {
      "Tiếng Việt: Lịch sử, Đại Nam thực lục, Nguyễn Trãi, Hồ Xuân Hương, ưu tiên, ảnh hưởng, Quốc ngữ",
      "aáàảãạ ăắằẳẵặ âấầẩẫậ eéèẻẽẹ êếềểễệ iíìỉĩị oóòỏõọ ôốồổỗộ ơớờởỡợ uúùủũụ ưứừửữự yýỳỷỹỵ đ",
      "AÁÀẢÃẠ ĂẮẰẲẴẶ ÂẤẦẨẪẬ EÉÈẺẼẸ ÊẾỀỂỄỆ IÍÌỈĨỊ OÓÒỎÕỌ ÔỐỒỔỖỘ ƠỚỜỞỠỢ UÚÙỦŨỤ ƯỨỪỬỮỰ YÝỲỶỸỴ Đ",
      "São Leopoldo, Mały słownik, Ærø, Þórbergur Þórðarson, Dvořák, Şişli, București: șțâî, Győr, Ñandú, Œuvres",
      "Price $5 \\ C:\\dir {braces} &amp; &#x41; 中文 § ™",
    };
    for (String t : texts) {
      String nfc = Normalizer.normalize(t, Normalizer.Form.NFC);
      String written = Mrk.escapeMarc8(nfc);
      assertThat(written.chars().allMatch(c -> c < 0x80)).as(written).isTrue();
      assertThat(decode(written)).as(written).isEqualTo(nfc);
    }
  }
}
