package vn.libnet.marc.record;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * The languages a MARC 21 bibliographic record gives for itself: 008/35-37 and every 041 $a and $d (MARC
 * Code List for Languages, three letters each; a run of codes in one subfield, as older records write
 * them, is split), with "und", "mul", "zxx" and anything that is not three letters left out. Evidence
 * weighed before any text of the record is read or repaired as legacy Vietnamese.
 *
 * @param codes the language codes, lower case
 */
public record RecordLanguages(Set<String> codes) {
  /** Copies the codes. */
  public RecordLanguages {
    codes = Set.copyOf(codes);
  }

  /** The languages of {@code record}; none for a record without 008 or 041. */
  public static RecordLanguages of(Record record) {
    String f008 = null;
    for (ControlField cf : record.getControlFields()) {
      if (cf.getTag().equals("008")) {
        f008 = cf.getData();
        break;
      }
    }
    List<String> f041 = new java.util.ArrayList<>();
    for (DataField df : record.getDataFields()) {
      if (df.getTag().equals("041")) {
        for (Subfield sf : df.getSubfields()) {
          if (sf.getCode() == 'a' || sf.getCode() == 'd') {
            f041.add(sf.getData());
          }
        }
      }
    }
    return of(f008, f041);
  }

  /**
   * The languages given by the text of an 008 ({@code null} when there is none) and the 041 $a and $d
   * values.
   */
  public static RecordLanguages of(String f008, List<String> f041Values) {
    Set<String> codes = new HashSet<>();
    if (f008 != null && f008.length() >= 38) {
      add(codes, f008.substring(35, 38));
    }
    for (String all : f041Values) {
      for (int i = 0; i + 3 <= all.length(); i += 3) {
        add(codes, all.substring(i, i + 3));
      }
    }
    return new RecordLanguages(codes);
  }

  private static void add(Set<String> codes, String code) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    if (c.length() == 3 && c.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
        && !c.equals("und") && !c.equals("mul") && !c.equals("zxx")) {
      codes.add(c);
    }
  }

  /** Whether Vietnamese ({@code vie}) is one of the record's languages. */
  public boolean vietnamese() {
    return codes.contains("vie");
  }

  /** Whether the record names its languages and Vietnamese is not one of them. */
  public boolean foreign() {
    return !codes.isEmpty() && !codes.contains("vie");
  }
}
