package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The MARC-8 decoder against YAZ: 1,500 random MARC-8 strings (ANSEL letters and combining marks,
 * Cyrillic, Greek, Hebrew, Arabic, subscripts, superscripts and Greek symbols by escape sequences) and
 * the UTF-8 yaz-iconv made of them, recorded by src/test/scripts/make-marc8-oracle.py. Compared in NFC,
 * since YAZ leaves marks decomposed. Codes that no set in effect defines are dropped by both; only the
 * SDK reports them.
 */
class Marc8DecoderOracleTest {
  @Test
  void decodesAsYazDoes() throws IOException {
    List<String> differences = new ArrayList<>();
    int cases = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/marc/oracle/marc8-yaz.tsv"), StandardCharsets.US_ASCII))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        byte[] marc8 = HexFormat.of().parseHex(parts[0]);
        String yaz = Normalizer.normalize(new String(HexFormat.of().parseHex(parts[1]), StandardCharsets.UTF_8), Normalizer.Form.NFC);
        List<String> problems = new ArrayList<>();
        Marc8Decoder decoder = new Marc8Decoder();
        String ours = Normalizer.normalize(decoder.decode(marc8, 0, marc8.length, (i, p, v) -> problems.add(p + "@" + i)), Normalizer.Form.NFC);
        cases++;
        // YAZ drops a code no set in effect defines without a word; the SDK drops it too, and says so.
        if (!ours.equals(yaz) || problems.stream().anyMatch(p -> !p.startsWith("UNDEFINED_CODE"))) {
          differences.add(parts[0] + ": yaz \"" + yaz + "\", sdk \"" + ours + "\" " + problems);
        }
      }
    }
    assertThat(cases).isGreaterThan(1000);
    assertThat(differences).isEmpty();
  }
}
