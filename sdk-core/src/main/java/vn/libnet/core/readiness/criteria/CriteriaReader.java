package vn.libnet.core.readiness.criteria;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.libnet.core.readiness.Bilingual;

/**
 * Reads criteria from their tab-separated form (UTF-8), the format of the resources the SDK ships (see
 * {@code docs/readiness.md}).
 *
 * <p>Lines starting with {@code #} and blank lines are comments. A line starting with {@code @} is a
 * header: {@code @id}, {@code @version}, {@code @title_vi}, {@code @title_en}, {@code @decision}, each
 * followed by a tab and its value. Every other line is an indicator: {@code id, indicator_vi,
 * indicator_en, unit, target_2025, applies_to} and optionally {@code orientation_2030_vi,
 * orientation_2030_en, source}. The unit is {@code share of libraries} (each library answers yes or no,
 * the target is the share of the group that must have it), {@code yes/no} (the same), {@code share} or
 * any {@code share of …} (each library's own percentage) or {@code count}. {@code applies_to} lists
 * {@link LibraryGroup} names separated by commas; {@code GROUP=N} gives one group its own target.
 *
 * <p>Criteria are configuration, so a malformed file is refused whole: an {@link IllegalArgumentException}
 * names the source and the line.
 */
public final class CriteriaReader {
  private CriteriaReader() {}

  /**
   * Reads criteria from {@code in}; {@code source} names it in errors.
   *
   * @throws IllegalArgumentException when a line does not follow the format, or a header is missing
   * @throws IOException when reading fails
   */
  public static Criteria read(Reader in, String source) throws IOException {
    Map<String, String> header = new HashMap<>();
    List<Indicator> indicators = new ArrayList<>();
    BufferedReader reader = new BufferedReader(in);
    int n = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      try {
        if (line.startsWith("@")) {
          if (cols.length != 2) {
            throw new IllegalArgumentException("a header is a name, a tab and a value");
          }
          header.put(cols[0].substring(1).strip(), cols[1].strip());
        } else {
          indicators.add(indicator(cols));
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ", line " + n + ": " + e.getMessage(), e);
      }
    }
    String id = header.get("id");
    String version = header.get("version");
    if (id == null || version == null) {
      throw new IllegalArgumentException(source + ": the @id and @version headers are required");
    }
    try {
      return new Criteria(id, Integer.parseInt(version), new Bilingual(header.get("title_vi"), header.get("title_en")),
          header.get("decision"), indicators);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": @version is not a number: " + version, e);
    }
  }

  private static Indicator indicator(String[] cols) {
    if (cols.length < 6) {
      throw new IllegalArgumentException("an indicator has at least 6 columns, this line " + cols.length);
    }
    String unitText = cols[3].strip().toLowerCase(Locale.ROOT);
    IndicatorUnit unit;
    boolean perLibraryShare = false;
    if (unitText.equals("share of libraries") || unitText.equals("yes/no")) {
      unit = IndicatorUnit.YES_NO;
      perLibraryShare = true;
    } else if (unitText.equals("share") || unitText.startsWith("share of ")) {
      unit = IndicatorUnit.SHARE;
    } else if (unitText.equals("count")) {
      unit = IndicatorUnit.COUNT;
    } else {
      throw new IllegalArgumentException("unknown unit '" + cols[3] + "'");
    }
    double target = number(cols[4]);
    Bilingual orientation = new Bilingual(column(cols, 6), column(cols, 7));
    List<GroupTarget> targets = new ArrayList<>();
    for (String part : cols[5].split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] kv = part.split("=", 2);
      LibraryGroup group;
      try {
        group = LibraryGroup.valueOf(kv[0].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown group '" + kv[0].strip() + "'");
      }
      double t = kv.length == 2 ? number(kv[1]) : target;
      targets.add(perLibraryShare
          ? new GroupTarget(group, 1, t, orientation)
          : new GroupTarget(group, t, 100, orientation));
    }
    return new Indicator(cols[0].strip(), new Bilingual(cols[1].strip(), cols[2].strip()), unit, targets,
        column(cols, 8));
  }

  private static String column(String[] cols, int i) {
    return i < cols.length ? cols[i].strip() : "";
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number");
    }
  }
}
