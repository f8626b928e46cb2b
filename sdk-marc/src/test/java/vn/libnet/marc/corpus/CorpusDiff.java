package vn.libnet.marc.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares two readings of one record, and aligns two readings of one file. */
final class CorpusDiff {

  /** The kinds of difference the corpus report counts. */
  enum Kind {
    LEADER,
    FIELD_ORDER,
    CONTROL_FIELD,
    INDICATOR,
    SUBFIELD_CODE,
    SUBFIELD_VALUE,
    MISSING_FIELD,
    EXTRA_FIELD
  }

  /** One difference: where, and the SDK's text against yaz's. */
  record Difference(Kind kind, String tag, String sdk, String yaz) {}

  private CorpusDiff() {}

  /**
   * Leader positions compared: not 00-04 (record length), 09 (the SDK writes UTF-8, so 'a'), 12-16 (base
   * address); both are re-computed by any writer and say nothing about what was read.
   */
  static boolean leaderPositionCompared(int i) {
    return !(i <= 4 || i == 9 || (i >= 12 && i <= 16));
  }

  static List<Difference> compare(CorpusRecord yaz, CorpusRecord sdk) {
    List<Difference> out = new ArrayList<>();
    String yl = pad(yaz.leader());
    String sl = pad(sdk.leader());
    for (int i = 0; i < 24; i++) {
      if (leaderPositionCompared(i) && yl.charAt(i) != sl.charAt(i)) {
        out.add(new Difference(Kind.LEADER, "LDR", "/" + i + "=" + show(sl.charAt(i)) + " in " + sdk.leader(),
            "/" + i + "=" + show(yl.charAt(i)) + " in " + yaz.leader()));
        break;
      }
    }
    List<CorpusRecord.Field> ys = yaz.fields();
    List<CorpusRecord.Field> ss = sdk.fields();
    if (ys.equals(ss)) {
      return out;
    }
    // Fields per tag, in the order tags first appear, exact matches taken out first: a repeated field
    // that only moved is an order difference, not a value difference.
    Map<String, List<CorpusRecord.Field>> yByTag = byTag(ys);
    Map<String, List<CorpusRecord.Field>> sByTag = byTag(ss);
    Set<String> tags = new LinkedHashSet<>(yByTag.keySet());
    tags.addAll(sByTag.keySet());
    boolean contentDiffers = false;
    for (String tag : tags) {
      List<CorpusRecord.Field> y = new ArrayList<>(yByTag.getOrDefault(tag, List.of()));
      List<CorpusRecord.Field> s = new ArrayList<>(sByTag.getOrDefault(tag, List.of()));
      for (var it = y.iterator(); it.hasNext(); ) {
        CorpusRecord.Field f = it.next();
        if (s.remove(f)) {
          it.remove();
        }
      }
      int n = Math.min(y.size(), s.size());
      for (int k = 0; k < n; k++) {
        contentDiffers = true;
        out.add(fieldDifference(y.get(k), s.get(k)));
      }
      for (int k = n; k < y.size(); k++) {
        contentDiffers = true;
        out.add(new Difference(Kind.MISSING_FIELD, tag, "(none)", y.get(k).toString()));
      }
      for (int k = n; k < s.size(); k++) {
        contentDiffers = true;
        out.add(new Difference(Kind.EXTRA_FIELD, tag, s.get(k).toString(), "(none)"));
      }
    }
    if (!contentDiffers || sameTagsOtherOrder(ys, ss)) {
      out.add(new Difference(Kind.FIELD_ORDER, "", tagSequence(ss), tagSequence(ys)));
    }
    return out;
  }

  private static Difference fieldDifference(CorpusRecord.Field y, CorpusRecord.Field s) {
    String tag = y.tag();
    if (y.isControl() || s.isControl()) {
      return new Difference(Kind.CONTROL_FIELD, tag, s.toString(), y.toString());
    }
    if (!Objects.equals(y.ind1(), s.ind1()) || !Objects.equals(y.ind2(), s.ind2())) {
      return new Difference(Kind.INDICATOR, tag, "[" + s.ind1() + s.ind2() + "]", "[" + y.ind1() + y.ind2() + "]");
    }
    List<String> yc = y.subfields().stream().map(CorpusRecord.Sub::code).toList();
    List<String> sc = s.subfields().stream().map(CorpusRecord.Sub::code).toList();
    if (!yc.equals(sc)) {
      return new Difference(Kind.SUBFIELD_CODE, tag, s.toString(), y.toString());
    }
    for (int i = 0; i < yc.size(); i++) {
      String yv = y.subfields().get(i).value();
      String sv = s.subfields().get(i).value();
      if (!yv.equals(sv)) {
        return new Difference(Kind.SUBFIELD_VALUE, tag + "$" + yc.get(i), sv, yv);
      }
    }
    return new Difference(Kind.SUBFIELD_VALUE, tag, s.toString(), y.toString());
  }

  private static boolean sameTagsOtherOrder(List<CorpusRecord.Field> ys, List<CorpusRecord.Field> ss) {
    List<String> yt = ys.stream().map(CorpusRecord.Field::tag).toList();
    List<String> st = ss.stream().map(CorpusRecord.Field::tag).toList();
    return !yt.equals(st) && yt.stream().sorted().toList().equals(st.stream().sorted().toList());
  }

  private static Map<String, List<CorpusRecord.Field>> byTag(List<CorpusRecord.Field> fields) {
    Map<String, List<CorpusRecord.Field>> m = new LinkedHashMap<>();
    for (CorpusRecord.Field f : fields) {
      m.computeIfAbsent(f.tag(), k -> new ArrayList<>()).add(f);
    }
    return m;
  }

  private static String tagSequence(List<CorpusRecord.Field> fields) {
    StringBuilder b = new StringBuilder();
    for (CorpusRecord.Field f : fields) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(f.tag());
    }
    return b.toString();
  }

  private static String pad(String leader) {
    StringBuilder b = new StringBuilder(leader.length() > 24 ? leader.substring(0, 24) : leader);
    while (b.length() < 24) {
      b.append('\u0000');
    }
    return b.toString();
  }

  private static String show(char c) {
    return c == '\u0000' ? "(none)" : c == ' ' ? "' '" : String.valueOf(c);
  }

  /**
   * Aligns yaz's records with the SDK's reads, in order: {@code pairs[i]} is the SDK index paired with
   * yaz record {@code i}, or -1 when the SDK has nothing for it. Two records pair when they share a 001
   * value (score 2) or when one side has no 001 or is unreadable (score 1, by position); records whose
   * 001s are all different never pair. The alignment with the highest score wins (dynamic programming, gaps free).
   */
  static int[] align(List<List<String>> yazKeys, List<List<String>> sdkKeys, List<Boolean> sdkReadable) {
    int m = yazKeys.size();
    int n = sdkKeys.size();
    int[][] best = new int[m + 1][n + 1];
    for (int i = m - 1; i >= 0; i--) {
      for (int j = n - 1; j >= 0; j--) {
        int v = Math.max(best[i + 1][j], best[i][j + 1]);
        int s = score(yazKeys.get(i), sdkKeys.get(j), sdkReadable.get(j));
        if (s > 0) {
          v = Math.max(v, s + best[i + 1][j + 1]);
        }
        best[i][j] = v;
      }
    }
    int[] pairs = new int[m];
    java.util.Arrays.fill(pairs, -1);
    int i = 0;
    int j = 0;
    while (i < m && j < n) {
      int s = score(yazKeys.get(i), sdkKeys.get(j), sdkReadable.get(j));
      if (s > 0 && best[i][j] == s + best[i + 1][j + 1]) {
        pairs[i++] = j++;
      } else if (best[i][j] == best[i + 1][j]) {
        i++;
      } else {
        j++;
      }
    }
    int lastY = -1;
    int lastS = -1;
    for (int y = 0; y <= m; y++) {
      if (y == m || pairs[y] >= 0) {
        int nextS = y == m ? n : pairs[y];
        for (int a = lastY + 1, b = lastS + 1; a < y && b < nextS; a++, b++) {
          pairs[a] = b;
        }
        if (y < m) {
          lastY = y;
          lastS = pairs[y];
        }
      }
    }
    return pairs;
  }

  private static int score(List<String> yazKeys, List<String> sdkKeys, boolean sdkReadable) {
    if (!sdkReadable || yazKeys.isEmpty() || sdkKeys.isEmpty()) {
      return 1;
    }
    for (String k : yazKeys) {
      if (sdkKeys.contains(k)) {
        return 2;
      }
    }
    return 0;
  }

}
