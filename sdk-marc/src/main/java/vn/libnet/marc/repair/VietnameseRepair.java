package vn.libnet.marc.repair;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.SourceEncoding;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.marc.record.RecordLanguages;

/**
 * Repairs the Vietnamese text of MARC records whose legacy bytes (TCVN3, VNI, VISCII, CP1258) were read
 * as Windows-1252 or Latin-1, and puts every value in NFC. The encoding is decided on the most evidence
 * there is, never value by value:
 *
 * <ol>
 *   <li>the source's encoding when the caller declares it ({@link SourceEncoding#declared});
 *   <li>otherwise the record's: the encoding whose reading is the best reading of more of the record's
 *       doubtful values than any other ({@link LegacyEncoding#bestOf});
 *   <li>when the record cannot decide alone (its values read equally well in two encodings), the encoding
 *       learned from the source's earlier records ({@link SourceEncoding#learning()}), if it is clear.
 * </ol>
 *
 * <p>Precision first. A value is rewritten only when it is in the decided encoding's reading better than
 * as it stands. Proper Unicode is never changed: a value with characters no misreading produces, or one
 * that already reads as Vietnamese ({@code "Ngô Hà"}), is left as it is whatever bytes it would have in a
 * legacy code page; when the decided encoding would read it as different Vietnamese ({@code "Ngơ Hà"}),
 * it is reported as a {@link LegacySuspicion} for a person to decide. A record whose language codes name
 * other languages and not Vietnamese is rewritten only on the source's encoding, never on its own values.
 * Values another encoding would read better than the decided one are reported, not rewritten.
 *
 * <p>Fixed-length control fields and subfield codes are never touched beyond NFC, nor are subfields that
 * hold codes rather than text ($2, $4, $6, $8 and the identifier subfields $0, $1). The record is changed
 * in place; repair is idempotent. An instance follows one source in order and is not thread-safe.
 */
public final class VietnameseRepair {
  private final SourceEncoding source;

  private VietnameseRepair(SourceEncoding source) {
    this.source = source;
  }

  /** A repair that follows {@code source}: declared by the caller, or learning from the records repaired. */
  public static VietnameseRepair forSource(SourceEncoding source) {
    return new VietnameseRepair(Objects.requireNonNull(source, "source"));
  }

  /** A repair that decides each record on its own values, with no source to declare or learn from. */
  public static VietnameseRepair forRecordOnly() {
    return new VietnameseRepair(null);
  }

  /**
   * Repairs one record on its own evidence (no source to learn from) and lists what changed; see {@link
   * #repairRecord(Record)} for the suspicions and the decision.
   */
  public static List<RepairChange> repair(Record record) {
    return new VietnameseRepair(null).repairRecord(record).changes();
  }

  /** Repairs {@code record} in place: what changed, what is suspected, and the encoding decision. */
  public RecordRepair repairRecord(Record record) {
    List<RepairChange> changes = new ArrayList<>();
    for (ControlField cf : record.getControlFields()) {
      String nfc = Normalizer.normalize(cf.getData(), Normalizer.Form.NFC);
      if (!nfc.equals(cf.getData())) {
        changes.add(new RepairChange(cf.getTag(), cf.getData(), nfc, null));
        cf.setData(nfc);
      }
    }
    List<Value> values = new ArrayList<>();
    Map<LegacyEncoding, Integer> votes = new EnumMap<>(LegacyEncoding.class);
    Map<LegacyEncoding, Integer> evidence = new EnumMap<>(LegacyEncoding.class);
    Map<LegacyEncoding, Integer> strong = new EnumMap<>(LegacyEncoding.class);
    boolean properUnicode = false;
    int doubtful = 0;
    for (DataField df : record.getDataFields()) {
      for (Subfield sf : df.getSubfields()) {
        String text = sf.getData();
        if (isCode(sf.getCode()) || text == null || text.isEmpty()) {
          continue;
        }
        Value v = new Value(df.getTag() + "$" + sf.getCode(), sf, text);
        values.add(v);
        v.readings.putAll(LegacyEncoding.betterMisreadings(text));
        // A value votes for the encodings that read it best; a reading that is merely Vietnamese in part
        // (VISCII's reading of TCVN3 bytes often is) does not outvote the one that reads it fully.
        for (Map.Entry<LegacyEncoding, String> e : LegacyEncoding.bestOf(v.readings).entrySet()) {
          votes.merge(e.getKey(), 1, Integer::sum);
          int strength = LegacyEncoding.misreadingEvidence(text, e.getValue());
          evidence.merge(e.getKey(), strength, Integer::sum);
          if (strength >= 2) {
            strong.merge(e.getKey(), 1, Integer::sum);
          }
        }
        properUnicode |= !LegacyEncoding.couldBeMisread(text) && !isAscii(text);
        doubtful += v.readings.isEmpty() ? 0 : 1;
      }
    }
    RepairDecision decision = decide(votes, evidence, strong, doubtful);
    boolean rewrite = decision.encoding() != null
        && (decision.basis() != RepairDecision.Basis.RECORD || !RecordLanguages.of(record).foreign());
    List<LegacySuspicion> suspicions = new ArrayList<>();
    for (Value v : values) {
      LegacyEncoding decided = decision.encoding();
      String reading = decided == null ? null : v.readings.get(decided);
      // A value of one changed word of ordinary letters ("Sø") next to proper Unicode text is as likely a
      // foreign name as legacy text: only the record's other values, not the caller's word, may decide it.
      boolean weak = reading != null && LegacyEncoding.misreadingEvidence(v.text, reading) < 2
          && properUnicode && strong.getOrDefault(decided, 0) == 0 && evidence.getOrDefault(decided, 0) < RECORD_EVIDENCE;
      if (reading != null && rewrite && !weak) {
        changes.add(new RepairChange(v.path, v.text, reading, decided));
        v.subfield.setData(reading);
        continue;
      }
      LegacySuspicion suspicion = suspicion(v, decided, reading, votes.keySet());
      if (suspicion != null) {
        suspicions.add(suspicion);
      }
      String nfc = Normalizer.normalize(v.text, Normalizer.Form.NFC);
      if (!nfc.equals(v.text)) {
        changes.add(new RepairChange(v.path, v.text, nfc, null));
        v.subfield.setData(nfc);
      }
    }
    if (record.getLeader().getCharCodingScheme() != 'a') {
      record.getLeader().setCharCodingScheme('a');
    }
    return new RecordRepair(changes, suspicions, decision);
  }

  /** Evidence a record needs to decide its encoding on its own values ({@link LegacyEncoding#misreadingEvidence}). */
  private static final int RECORD_EVIDENCE = 3;

  private RepairDecision decide(
      Map<LegacyEncoding, Integer> votes, Map<LegacyEncoding, Integer> evidence, Map<LegacyEncoding, Integer> strong,
      int doubtful) {
    if (source != null && source.isDeclared()) {
      return new RepairDecision(source.encoding().orElseThrow(), RepairDecision.Basis.DECLARED, votes, doubtful);
    }
    LegacyEncoding best = null;
    int bestVotes = 0;
    boolean tie = false;
    for (Map.Entry<LegacyEncoding, Integer> e : votes.entrySet()) {
      if (e.getValue() > bestVotes) {
        best = e.getKey();
        bestVotes = e.getValue();
        tie = false;
      } else if (e.getValue() == bestVotes) {
        tie = true;
      }
    }
    // A record decides alone only on enough evidence: a value that changes two words or shows a
    // misreading's symbols, or three points in all; two short foreign words ("Tø", "TØ") are not enough.
    if (best != null && !tie
        && (strong.getOrDefault(best, 0) > 0 || evidence.getOrDefault(best, 0) >= RECORD_EVIDENCE)) {
      if (source != null) {
        source.recordDecided(best);
      }
      return new RepairDecision(best, RepairDecision.Basis.RECORD, votes, doubtful);
    }
    LegacyEncoding learned = source == null ? null : source.encoding().orElse(null);
    // The source breaks a tie only between encodings the record's values allow; with no doubtful value
    // it still names the encoding against which values that read as Vietnamese are checked.
    if (learned != null && (votes.isEmpty() || votes.getOrDefault(learned, 0) == bestVotes)
        && (votes.isEmpty() || evidence.getOrDefault(learned, 0) >= 2)) {
      return new RepairDecision(learned, RepairDecision.Basis.SOURCE, votes, doubtful);
    }
    return new RepairDecision(null, RepairDecision.Basis.NONE, votes, doubtful);
  }

  // A value left as it is that a person should look at, or null. The encodings to check it against: the
  // one decided, or, when the record could not decide, those its values voted for.
  private static LegacySuspicion suspicion(Value v, LegacyEncoding decided, String decidedReading, Iterable<LegacyEncoding> voted) {
    if (decidedReading != null) {
      // Only a foreign-language record decided on its own values gets here: reported, not rewritten.
      return new LegacySuspicion(v.path, v.text, decided, decidedReading);
    }
    if (!v.readings.isEmpty()) {
      Map.Entry<LegacyEncoding, String> other = v.readings.entrySet().iterator().next();
      return new LegacySuspicion(v.path, v.text, other.getKey(), other.getValue());
    }
    boolean vietnamese = VietnameseText.readsAsVietnamese(v.text);
    boolean symbols = !vietnamese && LegacyEncoding.hasMisreadingSymbols(v.text);
    for (LegacyEncoding e : decided != null ? List.of(decided) : voted) {
      String reread = e.fromMisread(v.text).orElse(null);
      if (reread == null || reread.equals(v.text)) {
        continue;
      }
      // Text that reads as Vietnamese and would read as other Vietnamese in the record's encoding, or text
      // with the symbols of a misreading ("Y £ban") or that reads better ("TËp tin MS Access", left for
      // its English words) or whose VNI marks combine ("Y EÂban"), when the reading has only Vietnamese
      // letters ("Y Êban", "Tập tin MS Access").
      boolean offered = vietnamese
          ? VietnameseText.syllableScore(reread) > 0 && VietnameseText.readsAsVietnamese(reread)
          : VietnameseText.hasOnlyVietnameseLetters(reread)
              && (symbols || reread.length() < v.text.length()
                  || VietnameseText.syllableScore(reread) > VietnameseText.syllableScore(v.text));
      if (offered) {
        return new LegacySuspicion(v.path, v.text, e, reread);
      }
    }
    return null;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCode(char code) {
    return code == '0' || code == '1' || code == '2' || code == '4' || code == '6' || code == '8';
  }

  private static final class Value {
    final String path;
    final Subfield subfield;
    final String text;
    final Map<LegacyEncoding, String> readings = new EnumMap<>(LegacyEncoding.class);

    Value(String path, Subfield subfield, String text) {
      this.path = path;
      this.subfield = subfield;
      this.text = text;
    }
  }
}
