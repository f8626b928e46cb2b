package vn.libnet.marc.io;

import vn.libnet.core.i18n.Messages;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.SourceEncoding;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.core.validation.Severity;
import vn.libnet.marc.record.RecordLanguages;

/**
 * The legacy-Vietnamese side of reading one ISO 2709 record (see {@link RecordText}): whether the
 * record's values that are not UTF-8 are TCVN3 or VNI bytes, decided on the record's evidence together
 * (its language codes, how many values read as Vietnamese, whether the declared reading is damaged), on
 * the source's earlier records ({@link SourceEncoding}, learned over a bounded window) or on the
 * caller's word ({@link ReadOptions#sourceEncoding()}). One instance follows one reader's records.
 */
final class RecordLegacyReading {
  /** The encoding decided and each value's legacy reading ({@code null} for values not read so). */
  record Result(LegacyEncoding encoding, String[] text) {}

  /** The source's encoding, declared or learned from the records read so far; made on the first record. */
  private SourceEncoding source;

  /**
   * The record's legacy reading, or {@code null} when its values are to be read as declared. {@code high}
   * marks values with bytes above ASCII (or MARC-8 escapes), {@code utf8} those that are well-formed
   * UTF-8, {@code asMarc8} and {@code marc8Problems} their MARC-8 readings; {@code others} counts the
   * values that are high and not UTF-8.
   */
  Result read(Iso2709Fields raw, boolean[] high, boolean[] utf8, String[] asMarc8, int[] marc8Problems, int others,
      boolean marc8Reading, int totalProblems, ReadContext ctx) {
    LegacyEncoding legacy = null;
    String[] asLegacy = null;
    byte[] b = raw.bytes;
    int n = raw.valueCount;
    // Legacy readings could change nothing for a clean MARC-8 record that does not say it is Vietnamese
    // (it could never be certain); and a value whose declared reading already reads as Vietnamese cannot
    // read better, so only the others are re-read. The common record is decided without trying them.
    if (source == null) {
      LegacyEncoding declaredSource = ctx.options.sourceEncoding();
      source = declaredSource != null ? SourceEncoding.declared(declaredSource) : SourceEncoding.learning();
    }
    boolean sourceDeclared = source.isDeclared();
    RecordLanguages languages = (ctx.options.lenientMode() || sourceDeclared) && others > 0 ? languages(raw) : null;
    boolean[] doubtful = null;
    if (languages != null
        && (source.encoding().isPresent() || !marc8Reading || totalProblems > 0
            || languages.vietnamese())) {
      doubtful = new boolean[n];
      boolean any = false;
      for (int v = 0; v < n; v++) {
        doubtful[v] = high[v] && !utf8[v]
            && !(marc8Reading && marc8Problems[v] == 0 && VietnameseText.readsAsVietnamese(asMarc8[v]));
        any |= doubtful[v];
      }
      if (!any) {
        doubtful = null;
      }
    }
    if (doubtful != null) {
      legacy = sourceDeclared ? source.encoding().orElseThrow() : legacyCandidate(raw, doubtful);
      if (legacy != null && (sourceDeclared || !languages.foreign())) {
        asLegacy = new String[n];
        int values = 0;
        int vietnamese = 0;
        int legacyScore = 0;
        int declaredScore = 0;
        boolean declaredDamaged = false;
        for (int v = 0; v < n; v++) {
          if (!high[v] || utf8[v]) {
            continue;
          }
          values++;
          if (!doubtful[v]) {
            declaredScore += VietnameseText.syllableScore(asMarc8[v]);
            continue;
          }
          String decoded = legacy.decodeAsWritten(b, raw.valueStart[v], raw.valueEnd[v] - raw.valueStart[v]);
          int score = VietnameseText.syllableScore(decoded);
          String baseline = marc8Reading ? asMarc8[v] : Utf8.windows1252(b, raw.valueStart[v], raw.valueEnd[v]);
          int baselineScore = VietnameseText.syllableScore(baseline);
          declaredDamaged |= !marc8Reading || marc8Problems[v] > 0 || RecordText.oddMarks(asMarc8[v]);
          legacyScore += score;
          declaredScore += baselineScore;
          // A declared source is taken at its word for values that read as well in it as they stand and
          // give only Vietnamese letters (names of other languages of Vietnam: "Y Êban").
          if (score > 0 && score > baselineScore && VietnameseText.readsPartlyAsVietnamese(decoded)
              || sourceDeclared && score >= baselineScore && VietnameseText.hasOnlyVietnameseLetters(decoded)
                  && !decoded.equals(baseline)) {
            asLegacy[v] = decoded;
            vietnamese++;
          }
        }
        String basis = null;
        if (sourceDeclared) {
          basis = vietnamese > 0 ? "DECLARED" : null;
        } else if (vietnamese * 3 >= values * 2 && legacyScore > declaredScore
            && (languages.vietnamese() || declaredDamaged)) {
          basis = "RECORD";
          source.recordDecided(legacy);
        } else if (vietnamese > 0 && legacyScore > declaredScore && source.encoding().orElse(null) == legacy) {
          // Not certain alone, but leaning the way the source's earlier records decided.
          basis = "SOURCE";
        }
        boolean certain = basis != null;
        if (certain) {
          // One record, one encoding: a value that happened to be clean MARC-8 reading as Vietnamese
          // ("Mĩ" for TCVN3 "Mọi") is legacy too when its legacy reading is Vietnamese in every word.
          for (int v = 0; v < n; v++) {
            if (high[v] && !utf8[v] && !doubtful[v]) {
              String decoded = legacy.decodeAsWritten(b, raw.valueStart[v], raw.valueEnd[v] - raw.valueStart[v]);
              if (!decoded.equals(asMarc8[v]) && VietnameseText.syllableScore(decoded) > 0
                  && VietnameseText.readsAsVietnamese(decoded)) {
                asLegacy[v] = decoded;
                vietnamese++;
              }
            }
          }
          ctx.report("MARC_LEGACY_DECIDED", Severity.INFO, "", legacy.displayName(),
              Messages.format(ctx.options.locale(), "MARC_REPAIR_BASIS_" + basis), vietnamese, values);
        }
        if (!certain) {
          if (legacyScore > declaredScore) {
            ctx.report("MARC_LEGACY_SUSPECTED", Severity.WARNING, "", legacy.displayName(), vietnamese, values);
          }
          asLegacy = null;
        }
      }
    }
    return asLegacy == null ? null : new Result(legacy, asLegacy);
  }

  // 008 and 041 $a $d are ASCII by the format: read them as Latin-1 before the record's encoding is known.
  private static RecordLanguages languages(Iso2709Fields raw) {
    String f008 = null;
    java.util.List<String> f041 = new java.util.ArrayList<>();
    for (int f = 0; f < raw.fieldCount; f++) {
      if (raw.tags[f].equals("008") && f008 == null) {
        int v = raw.firstValue[f];
        f008 = RecordText.latin1(raw.bytes, raw.valueStart[v], raw.valueEnd[v]);
      } else if (raw.tags[f].equals("041")) {
        for (int v = raw.firstValue[f]; v < raw.firstValue[f + 1]; v++) {
          if (raw.codes[v] == 'a' || raw.codes[v] == 'd') {
            f041.add(RecordText.latin1(raw.bytes, raw.valueStart[v], raw.valueEnd[v]));
          }
        }
      }
    }
    return RecordLanguages.of(f008, f041);
  }

  // The legacy encoding the record's doubtful values read best in, taken together.
  private static LegacyEncoding legacyCandidate(Iso2709Fields raw, boolean[] doubtful) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (int v = 0; v < raw.valueCount; v++) {
      if (doubtful[v]) {
        all.write(raw.bytes, raw.valueStart[v], raw.valueEnd[v] - raw.valueStart[v]);
        all.write(' ');
      }
    }
    LegacyEncoding found = LegacyEncoding.detect(all.toByteArray()).orElse(null);
    // Only the encodings Vietnamese systems wrote MARC records in; VISCII and CP1258 bytes look too much
    // like other Latin text to be told apart from MARC-8 by reading alone.
    return found == LegacyEncoding.TCVN3 || found == LegacyEncoding.VNI ? found : null;
  }
}
