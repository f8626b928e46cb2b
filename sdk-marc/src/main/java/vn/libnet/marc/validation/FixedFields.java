package vn.libnet.marc.validation;

import java.util.List;
import java.util.Set;
import vn.libnet.core.validation.Rule;

/** The 008 and 006 position checks, by material type. */
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
    for (Marc21Definition.Position p : positions) {
      int start = p.start() - shift;
      int end = p.end() - shift;
      if (start < 0 || end >= data.length()) {
        continue;
      }
      String value = data.substring(start, end + 1);
      if (!ok(p.check(), value)) {
        String where = start == end ? String.format("%02d", start) : String.format("%02d-%02d", start, end);
        s.report(tag + "/" + where, where, value.replace(' ', '#'), p.name(), type);
      }
    }
  }

  static void check006(String data, Marc21Definition def, Rule.IssueSink s) {
    if (data.isEmpty()) {
      return;
    }
    String type;
    switch (data.charAt(0)) {
      case 'a', 't' -> type = "BK";
      case 's' -> type = "CR";
      case 'm' -> type = "CF";
      case 'e', 'f' -> type = "MP";
      case 'c', 'd', 'i', 'j' -> type = "MU";
      case 'g', 'k', 'o', 'r' -> type = "VM";
      case 'p' -> type = "MX";
      default -> {
        s.report("006/00", "00", String.valueOf(data.charAt(0)), "Form of material", "?");
        return;
      }
    }
    if (data.length() != 18) {
      s.report("006", "00-17", data.length() + " characters", "Length", type);
      return;
    }
    // 006/01-17 hold the values of 008/18-34.
    check("006", data, 17, def.fixedField(type), type, s);
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
        return value.length() == 3 && isLower(value.charAt(0)) && isLower(value.charAt(1))
            && (isLower(value.charAt(2)) || value.charAt(2) == ' ');
      case "language":
        return value.equals("   ") || value.chars().allMatch(FixedFields::isLower);
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

  private static boolean isLower(int c) {
    return c >= 'a' && c <= 'z';
  }
}
