package vn.libnet.marc.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores two {@link MatchKey}s after the pattern union catalogues use (Melinda): standard identifiers up
 * to +0.75 (−0.75 when both have ISBNs and none is shared), title +0.5 when equal after folding, +0.3
 * within 10 % edit distance, else −0.5; author up to +0.3; year +0.1 or −1.0; publisher and extent small
 * contributions. A different part (volume) or edition vetoes the match whatever the score.
 */
public final class MatchScorer {
  private final double threshold;

  /** A scorer matching at {@code threshold} (0.9 is the union-catalogue default). */
  public MatchScorer(double threshold) {
    this.threshold = threshold;
  }

  /** The threshold. */
  public double threshold() {
    return threshold;
  }

  /**
   * Whether {@code a} and {@code b} match: the same arithmetic as {@link #decide}, without building the
   * evidence, for comparing many pairs.
   */
  public boolean matches(MatchKey a, MatchKey b) {
    if (!a.part().equals(b.part()) || a.edition() != b.edition()) {
      return false;
    }
    double score = 0;
    if (a.isbns().length > 0 && b.isbns().length > 0) {
      score += shared(a.isbns(), b.isbns()) != 0 ? 0.75 : -0.75;
    }
    if (!a.title().isEmpty() && !b.title().isEmpty()) {
      if (a.title().equals(b.title())) {
        score += 0.5;
      } else {
        int limit = Math.max(1, Math.max(a.title().length(), b.title().length()) / 10);
        score += Levenshtein.distance(a.title(), b.title(), limit) <= limit ? 0.3 : -0.5;
      }
    }
    if (!a.author().isEmpty() && !b.author().isEmpty()) {
      score += a.author().equals(b.author()) ? 0.3 : tokensOverlap(a.author(), b.author()) ? 0.15 : -0.3;
    }
    if (a.year() != 0 && b.year() != 0) {
      score += a.year() == b.year() ? 0.1 : -1.0;
    }
    if (!a.publisher().isEmpty() && !b.publisher().isEmpty()) {
      score += a.publisher().equals(b.publisher()) ? 0.1 : -0.05;
    }
    if (a.pages() != 0 && b.pages() != 0) {
      int diff = Math.abs(a.pages() - b.pages());
      score += diff <= 1 ? 0.1 : diff * 10 > Math.max(a.pages(), b.pages()) ? -0.2 : 0;
    }
    return Math.round(score * 1000) / 1000.0 >= threshold;
  }

  /** The decision for {@code a} and {@code b}, with its evidence. */
  public MatchDecision decide(String idA, MatchKey a, String idB, MatchKey b) {
    List<Evidence> evidence = new ArrayList<>(8);
    boolean veto = false;
    double score = 0;

    if (a.isbns().length > 0 && b.isbns().length > 0) {
      long shared = shared(a.isbns(), b.isbns());
      double p = shared != 0 ? 0.75 : -0.75;
      evidence.add(new Evidence("isbn", p, shared != 0 ? "shared " + shared : "no ISBN in common"));
      score += p;
    }

    if (!a.title().isEmpty() && !b.title().isEmpty()) {
      double p;
      String detail;
      if (a.title().equals(b.title())) {
        p = 0.5;
        detail = "equal";
      } else {
        int limit = Math.max(1, Math.max(a.title().length(), b.title().length()) / 10);
        int d = Levenshtein.distance(a.title(), b.title(), limit);
        p = d <= limit ? 0.3 : -0.5;
        detail = d <= limit ? "edit distance " + d : "different";
      }
      evidence.add(new Evidence("title", p, detail));
      score += p;
    }

    if (!a.part().equals(b.part())) {
      evidence.add(new Evidence("part", -1.0, "\"" + a.part() + "\" vs \"" + b.part() + "\""));
      score -= 1.0;
      veto = true;
    }

    if (!a.author().isEmpty() && !b.author().isEmpty()) {
      double p;
      if (a.author().equals(b.author())) {
        p = 0.3;
      } else if (tokensOverlap(a.author(), b.author())) {
        p = 0.15;
      } else {
        p = -0.3;
      }
      evidence.add(new Evidence("author", p, a.author() + " / " + b.author()));
      score += p;
    }

    if (a.year() != 0 && b.year() != 0) {
      double p = a.year() == b.year() ? 0.1 : -1.0;
      evidence.add(new Evidence("year", p, a.year() + " / " + b.year()));
      score += p;
    }

    if (!a.publisher().isEmpty() && !b.publisher().isEmpty()) {
      double p = a.publisher().equals(b.publisher()) ? 0.1 : -0.05;
      evidence.add(new Evidence("publisher", p, a.publisher() + " / " + b.publisher()));
      score += p;
    }

    if (a.pages() != 0 && b.pages() != 0) {
      int diff = Math.abs(a.pages() - b.pages());
      double p = diff <= 1 ? 0.1 : diff * 10 > Math.max(a.pages(), b.pages()) ? -0.2 : 0;
      evidence.add(new Evidence("pages", p, a.pages() + " / " + b.pages()));
      score += p;
    }

    if (a.edition() != b.edition()) {
      evidence.add(new Evidence("edition", -1.0, a.edition() + " / " + b.edition()));
      score -= 1.0;
      veto = true;
    }

    score = Math.round(score * 1000) / 1000.0;
    return new MatchDecision(idA, idB, score, !veto && score >= threshold, evidence);
  }

  private static long shared(long[] a, long[] b) {
    for (long x : a) {
      for (long y : b) {
        if (x == y) {
          return x;
        }
      }
    }
    return 0;
  }

  // Vietnamese names are written family name first and not inverted, so compare words, not positions.
  private static boolean tokensOverlap(String a, String b) {
    String[] ta = a.split(" ");
    String[] tb = b.split(" ");
    int common = 0;
    for (String x : ta) {
      for (String y : tb) {
        if (x.equals(y)) {
          common++;
          break;
        }
      }
    }
    return common * 2 >= Math.min(ta.length, tb.length) + 1;
  }
}
