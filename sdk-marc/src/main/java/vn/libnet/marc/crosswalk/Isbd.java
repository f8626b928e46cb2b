package vn.libnet.marc.crosswalk;

import java.util.Set;

/** Removing and adding the ISBD punctuation that MARC data carries between subfields. */
final class Isbd {
  private static final Set<String> ABBREVIATIONS = Set.of("tr.", "nxb.", "t.", "etc.", "v.v.", "tp.", "jr.", "sr.", "st.", "ed.", "eds.", "p.", "pp.", "vol.", "cm.");

  private Isbd() {}

  /** The value without trailing ISBD punctuation (" /", " :", " ;", " =", ",", and a final period). */
  static String strip(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    int end = s.length();
    while (end > 0 && " /:;=,".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    s = s.substring(0, end).strip();
    if (s.endsWith(".") && !s.endsWith("..") && !abbreviation(s)) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  private static boolean abbreviation(String s) {
    int space = s.lastIndexOf(' ');
    String last = s.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    // an initial ("Nguyễn V. A.") or a known abbreviation keeps its period
    return last.length() == 2 && Character.isLetter(last.charAt(0)) || ABBREVIATIONS.contains(last);
  }
}
