package vn.libnet.marc.validation;

import java.util.List;
import java.util.Set;
import vn.libnet.core.validation.Rule;

/** The 008, 006 and 007 position checks, by material type or category, and their obsolete values. */
final class FixedFields {
  private static final Set<String> PROJECTIONS =
      Set.of(
          "  ", "aa", "ab", "ac", "ad", "ae", "af", "ag", "am", "an", "ap", "au", "az", "ba", "bb", "bc", "bd",
          "be", "bf", "bg", "bh", "bi", "bj", "bk", "bl", "bo", "br", "bs", "bu", "bz", "ca", "cb", "cc", "ce",
          "cp", "cu", "cz", "da", "db", "dc", "dd", "de", "df", "dg", "dh", "dl", "zz");
  private static final Set<String> COMPOSITIONS =
      Set.of(
          "an", "bd", "bg", "bl", "bt", "ca", "cb", "cc", "cg", "ch", "cl", "cn", "co", "cp", "cr", "cs", "ct",
          "cy", "cz", "df", "dv", "fg", "fl", "fm", "ft", "gm", "hy", "jz", "mc", "md", "mi", "mo", "mp", "mr",
          "ms", "mu", "mz", "nc", "nn", "op", "or", "ov", "pg", "pm", "po", "pp", "pr", "ps", "pt", "pv", "rc",
          "rd", "rg", "ri", "rp", "rq", "sd", "sg", "sn", "sp", "st", "su", "sy", "tc", "tl", "ts", "uu", "vi",
          "vr", "wz", "za", "zz");

  // 007/09-10 of remote-sensing images
  private static final Set<String> DATA_TYPES =
      Set.of(
          "aa", "da", "db", "dc", "dd", "de", "df", "dv", "dz", "ga", "gb", "gc", "gd", "ge", "gf", "gg", "gu",
          "gz", "ja", "jb", "jc", "jd", "je", "jf", "jg", "jh", "ji", "jj", "jk", "jl", "jm", "jn", "jo", "jp",
          "jq", "jr", "js", "jt", "jv", "ma", "mb", "mm", "nn", "pa", "pb", "pc", "pd", "pe", "pz", "ra", "rb",
          "rc", "rd", "sa", "ta", "uu", "zz");

  private FixedFields() {}

  /** The 008 material type from Leader/06 and /07: BK, CR, CF, MP, MU, VM or MX. */
  static String materialType(char type, char level) {
    switch (type) {
      case 'a':
      case 't':
        return type == 'a' && (level == 'b' || level == 'i' || level == 's') ? "CR" : "BK";
      case 'm':
        return "CF";
      case 'e':
      case 'f':
        return "MP";
      case 'c':
      case 'd':
      case 'i':
      case 'j':
        return "MU";
      case 'g':
      case 'k':
      case 'o':
      case 'r':
        return "VM";
      case 'p':
        return "MX";
      default:
        return "BK";
    }
  }

  /**
   * Checks {@code data} against {@code positions}; {@code shift} maps 008 positions to the data (006
   * holds 008/18-34 at 01-17).
   */
  static void check(String tag, String data, int shift, List<Marc21Definition.Position> positions, String type, Rule.IssueSink s) {
    check(tag, data, shift, positions, List.of(), type, s);
  }

  /** As {@link #check(String, String, int, List, String, Rule.IssueSink)}, leaving {@code obsolete} values to MARC_OBSOLETE. */
  static void check(
      String tag, String data, int shift, List<Marc21Definition.Position> positions,
      List<Marc21Definition.Position> obsolete, String type, Rule.IssueSink s) {
    for (Marc21Definition.Position p : positions) {
      int start = p.start() - shift;
      int end = p.end() - shift;
      if (start < 0 || end >= data.length()) {
        continue;
      }
      String value = data.substring(start, end + 1);
      if (!ok(p.check(), value) && obsoleteAt(obsolete, p.start(), value) == null) {
        String where = start == end ? String.format("%02d", start) : String.format("%02d-%02d", start, end);
        s.report(tag + "/" + where, where, value.replace(' ', '#'), p.name(), type);
      }
    }
  }

  /** The 008 material type of a 006 from its 006/00, or null when 006/00 is not defined. */
  static String type006(char form) {
    return switch (form) {
      case 'a', 't' -> "BK";
      case 's' -> "CR";
      case 'm' -> "CF";
      case 'e', 'f' -> "MP";
      case 'c', 'd', 'i', 'j' -> "MU";
      case 'g', 'k', 'o', 'r' -> "VM";
      case 'p' -> "MX";
      default -> null;
    };
  }

  static void check006(String data, Marc21Definition def, Rule.IssueSink s) {
    if (data.isEmpty()) {
      return;
    }
    String type = type006(data.charAt(0));
    if (type == null) {
      s.report("006/00", "00", String.valueOf(data.charAt(0)), "Form of material", "?");
      return;
    }
    if (data.length() != 18) {
      s.report("006", "00-17", data.length() + " characters", "Length", type);
      return;
    }
    // 006/01-17 hold the values of 008/18-34.
    check("006", data, 17, def.fixedField(type), def.obsoleteValues(type), type, s);
  }

  /** The 007 positions after 00 for its category (MARC_007_VALUE); obsolete values are left to MARC_OBSOLETE. */
  static void check007(String data, Marc21Definition def, Rule.IssueSink s) {
    char category = data.charAt(0);
    List<Marc21Definition.Position> obsolete = def.obsoleteValues("007" + category);
    for (Marc21Definition.Position p : def.positions007(category)) {
      if (p.end() >= data.length()) {
        continue;
      }
      String value = data.substring(p.start(), p.end() + 1);
      if (!ok(p.check(), value) && obsoleteAt(obsolete, p.start(), value) == null) {
        String where = p.start() == p.end() ? String.format("%02d", p.start()) : String.format("%02d-%02d", p.start(), p.end());
        s.report("007/" + where, where, value.replace(' ', '#'), p.name(), String.valueOf(category));
      }
    }
  }

  /** The obsolete-value definition that {@code value} at {@code start} matches, or null. */
  static Marc21Definition.Position obsoleteAt(List<Marc21Definition.Position> obsolete, int start, String value) {
    for (Marc21Definition.Position o : obsolete) {
      if (o.start() == start && value.length() == o.end() - o.start() + 1) {
        boolean all = true;
        for (int i = 0; i < value.length(); i++) {
          if (!Marc21Validator.Marc21Rules.allowed(o.check(), value.charAt(i))) {
            all = false;
          }
        }
        if (all) {
          return o;
        }
      }
    }
    return null;
  }

  /**
   * Reports, through {@code s}, the obsolete values of {@code data} (a leader, 008, 006 or 007) at the
   * positions of {@code obsolete} that the current definition does not allow; {@code shift} as for check.
   */
  static void reportObsolete(
      String tag, String data, int shift, List<Marc21Definition.Position> defined,
      List<Marc21Definition.Position> obsolete, Rule.IssueSink s) {
    for (Marc21Definition.Position o : obsolete) {
      int start = o.start() - shift;
      int end = o.end() - shift;
      if (start < 0 || end >= data.length()) {
        continue;
      }
      String value = data.substring(start, end + 1);
      boolean stillDefined = false;
      for (Marc21Definition.Position p : defined) {
        if (p.start() == o.start() && p.end() == o.end() && ok(p.check(), value)) {
          stillDefined = true;
        }
      }
      if (!stillDefined && obsoleteAt(List.of(o), o.start(), value) != null) {
        String where = start == end ? String.format("%02d", start) : String.format("%02d-%02d", start, end);
        s.report(tag + "/" + where, tag + "/" + where, value.replace(' ', '#'), o.name());
      }
    }
  }

  /** Reports the obsolete country (008/15-17) and language (008/35-37) codes of an 008. */
  static void reportObsoleteCodes(String data, Rule.IssueSink s) {
    MarcCodeLists lists = MarcCodeLists.standard();
    String place = data.substring(15, 18);
    if (lists.status(MarcCodeLists.Kind.COUNTRY, place) == MarcCodeLists.Status.OBSOLETE) {
      s.report("008/15-17", "008/15-17", place.strip(), "MARC Code List for Countries");
    }
    String language = data.substring(35, 38);
    if (lists.status(MarcCodeLists.Kind.LANGUAGE, language) == MarcCodeLists.Status.OBSOLETE) {
      s.report("008/35-37", "008/35-37", language, "MARC Code List for Languages");
    }
  }

  static boolean ok(String check, String value) {
    if (value.chars().allMatch(c -> c == '|')) {
      return true;
    }
    switch (check) {
      case "digits":
        return value.chars().allMatch(Character::isDigit);
      case "date":
        return value.chars().allMatch(c -> Character.isDigit(c) || c == 'u' || c == ' ' || c == '|');
      case "place":
        return MarcCodeLists.standard().status(MarcCodeLists.Kind.COUNTRY, value) != MarcCodeLists.Status.UNKNOWN;
      case "language":
        return MarcCodeLists.standard().status(MarcCodeLists.Kind.LANGUAGE, value) != MarcCodeLists.Status.UNKNOWN;
      case "bitdepth":
        return value.equals("mmm") || value.equals("nnn") || value.equals("---")
            || value.chars().allMatch(Character::isDigit) && !value.equals("000");
      case "ratio":
        return value.chars().allMatch(c -> Character.isDigit(c) || c == '-');
      case "inspection":
        return value.chars().allMatch(c -> Character.isDigit(c) || c == '-');
      case "datatype":
        return DATA_TYPES.contains(value);
      case "projection":
        return PROJECTIONS.contains(value);
      case "composition":
        return COMPOSITIONS.contains(value);
      case "runningtime":
        return value.equals("---") || value.equals("nnn") || value.chars().allMatch(Character::isDigit);
      default:
        String chars = check.startsWith("repeat:") ? check.substring(7) : check;
        if (!check.startsWith("repeat:") && value.length() > 1) {
          return false;
        }
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (c != '|' && !Marc21Validator.Marc21Rules.allowed(chars, c)) {
            return false;
          }
        }
        return true;
    }
  }
}
