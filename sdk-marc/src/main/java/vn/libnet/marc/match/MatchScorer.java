package vn.libnet.marc.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores two {@link MatchKey}s after the pattern union catalogues use (Melinda); every weight is
 * listed in {@code docs/matching.md}. Identifiers: ISBN ±0.75; ISSN +0.75 when shared, −0.75 when
 * both have ISSNs (022 $a) and none is shared, +0.5 for a shared ISSN-L alone (ISSNs count only when
 * neither record is a monograph, whose 022 is its series'); a system number (035, OCLC) +0.75 when
 * shared, −0.25 when both have one from the same system and they differ; LCCN +0.5 / −0.1 (LC gives a
 * book a new LCCN when it catalogues it again); 024 +0.5 /
 * −0.5 within one kind; together the identifiers add at most +0.75. Then title +0.5 when equal after
 * folding, +0.3 within 10 % edit distance, else −0.5; author up to +0.3; year +0.1 or −1.0; publisher and
 * extent small contributions; a shared host item (773) +0.1. A different material type (Leader/06, or
 * Leader/07 monograph / continuing / component / collection), part (volume), edition or host item, or a
 * 776 link from one record to the other (print and online forms are separate records, linked), vetoes
 * the match whatever the score.
 */
public final class MatchScorer {
  private static final double ID_CAP = 0.75;
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
   * evidence and stopping at the first veto, for comparing many pairs.
   */
  public boolean matches(MatchKey a, MatchKey b) {
    Tally t = new Tally(null);
    score(a, b, t);
    return !t.veto && t.rounded() >= threshold;
  }

  /** The decision for {@code a} and {@code b}, with its evidence. */
  public MatchDecision decide(String idA, MatchKey a, String idB, MatchKey b) {
    Tally t = new Tally(new ArrayList<>(10));
    score(a, b, t);
    double score = t.rounded();
    return new MatchDecision(idA, idB, score, !t.veto && score >= threshold, t.evidence);
  }

  /** The one arithmetic of both {@link #matches} and {@link #decide}. */
  private static void score(MatchKey a, MatchKey b, Tally t) {
    material(a.material(), b.material(), t);
    if (!a.part().equals(b.part())) {
      t.veto("part", t.explaining() ? "\"" + a.part() + "\" vs \"" + b.part() + "\"" : null);
    }
    if (a.edition() != b.edition()) {
      t.veto("edition", t.explaining() ? a.edition() + " / " + b.edition() : null);
    }
    if (t.veto && !t.explaining()) {
      return;
    }
    StandardIds ia = a.ids();
    StandardIds ib = b.ids();
    if (ia != StandardIds.EMPTY && ib != StandardIds.EMPTY) {
      links(a, b, t);
      if (t.veto && !t.explaining()) {
        return;
      }
    }

    if (a.isbns().length > 0 && b.isbns().length > 0) {
      long shared = shared(a.isbns(), b.isbns());
      if (shared != 0) {
        t.identifier("isbn", 0.75, t.explaining() ? "shared " + shared : null);
      } else {
        t.add("isbn", -0.75, t.explaining() ? "no ISBN in common" : null);
      }
    }
    if (ia != StandardIds.EMPTY && ib != StandardIds.EMPTY) {
      identifiers(a, b, t);
    }

    if (!a.title().isEmpty() && !b.title().isEmpty()) {
      if (a.title().equals(b.title())) {
        t.add("title", 0.5, t.explaining() ? "equal" : null);
      } else {
        int limit = Math.max(1, Math.max(a.title().length(), b.title().length()) / 10);
        int d = Levenshtein.distance(a.title(), b.title(), limit);
        t.add("title", d <= limit ? 0.3 : -0.5, t.explaining() ? d <= limit ? "edit distance " + d : "different" : null);
      }
    }
    if (!a.author().isEmpty() && !b.author().isEmpty()) {
      double p = a.author().equals(b.author()) ? 0.3 : tokensOverlap(a.author(), b.author()) ? 0.15 : -0.3;
      t.add("author", p, t.explaining() ? a.author() + " / " + b.author() : null);
    }
    if (a.year() != 0 && b.year() != 0) {
      t.add("year", a.year() == b.year() ? 0.1 : -1.0, t.explaining() ? a.year() + " / " + b.year() : null);
    }
    if (!a.publisher().isEmpty() && !b.publisher().isEmpty()) {
      t.add("publisher", a.publisher().equals(b.publisher()) ? 0.1 : -0.05,
          t.explaining() ? a.publisher() + " / " + b.publisher() : null);
    }
    // the extent of a continuing resource ("v.", "1 online resource") says nothing about identity
    if (a.pages() != 0 && b.pages() != 0 && !a.continuing() && !b.continuing()) {
      int diff = Math.abs(a.pages() - b.pages());
      double p = diff <= 1 ? 0.1 : diff * 10 > Math.max(a.pages(), b.pages()) ? -0.2 : 0;
      t.add("pages", p, t.explaining() ? a.pages() + " / " + b.pages() : null);
    }
  }

  // Leader/06 and the kind of Leader/07 must agree wherever both are known.
  private static void material(String a, String b, Tally t) {
    if (a.length() != 2 || b.length() != 2) {
      return;
    }
    boolean typeDiffers = a.charAt(0) != ' ' && b.charAt(0) != ' ' && a.charAt(0) != b.charAt(0);
    char ka = levelKind(a.charAt(1));
    char kb = levelKind(b.charAt(1));
    if (typeDiffers || ka != ' ' && kb != ' ' && ka != kb) {
      t.veto("material", t.explaining() ? "Leader/06-07 \"" + a + "\" vs \"" + b + "\"" : null);
    }
  }

  private static char levelKind(char level) {
    return switch (level) {
      case 'm' -> 'm';
      case 's', 'i' -> 's';
      case 'a', 'b' -> 'a';
      case 'c', 'd' -> 'c';
      default -> ' ';
    };
  }

  // 773: two component parts of different hosts are different; 776: a record that names the other as
  // its other physical form is its print or online counterpart, a separate record.
  private static void links(MatchKey a, MatchKey b, Tally t) {
    String[] ha = a.ids().hostLinks();
    String[] hb = b.ids().hostLinks();
    if (ha.length > 0 && hb.length > 0) {
      String shared = StandardIds.shared(ha, hb);
      if (shared != null) {
        t.add("host", 0.1, t.explaining() ? "773 shared " + shared : null);
      } else if (sameKind(ha, hb)) {
        t.veto("host", t.explaining() ? "773 " + String.join(" ", ha) + " vs " + String.join(" ", hb) : null);
      }
    }
    String form = linkTo(a.ids().otherFormLinks(), b);
    if (form == null) {
      form = linkTo(b.ids().otherFormLinks(), a);
    }
    if (form != null) {
      t.veto("other-form", t.explaining() ? "776 links to " + form + ": another physical form, a separate record" : null);
    }
  }

  private static String linkTo(String[] links, MatchKey k) {
    for (String link : links) {
      StandardIds ids = k.ids();
      if (link.startsWith("issn:") && (contains(ids.issns(), link.substring(5)))
          || link.startsWith("isbn:") && contains(k.isbns(), link.substring(5))
          || link.startsWith("(") && contains(ids.systemNumbers(), link)) {
        return link;
      }
    }
    return null;
  }

  private static void identifiers(MatchKey a, MatchKey b, Tally t) {
    StandardIds ia = a.ids();
    StandardIds ib = b.ids();
    boolean monograph = a.material().endsWith("m") || b.material().endsWith("m");
    if (!monograph) {
      String shared = StandardIds.shared(ia.issns(), ib.issns());
      if (shared == null) {
        shared = StandardIds.shared(ia.issns(), ib.formerIssns());
      }
      if (shared == null) {
        shared = StandardIds.shared(ia.formerIssns(), ib.issns());
      }
      if (shared == null) {
        shared = StandardIds.shared(ia.formerIssns(), ib.formerIssns());
      }
      String linking = StandardIds.shared(ia.linkingIssns(), ib.linkingIssns());
      if (shared != null) {
        t.identifier("issn", 0.75, t.explaining() ? "shared " + shared : null);
      } else if (ia.issns().length > 0 && ib.issns().length > 0) {
        t.add("issn", -0.75, t.explaining() ? String.join(" ", ia.issns()) + " vs " + String.join(" ", ib.issns())
            + (linking != null ? " (same ISSN-L " + linking + ": other medium of the same serial)" : "") : null);
      } else if (linking != null) {
        t.identifier("issn-l", 0.5, t.explaining() ? "shared " + linking : null);
      }
    }
    String system = StandardIds.shared(ia.systemNumbers(), ib.systemNumbers());
    if (system != null) {
      t.identifier("system-number", 0.75, t.explaining() ? "shared " + system : null);
    } else {
      String conflict = samePrefix(ia.systemNumbers(), ib.systemNumbers());
      if (conflict != null) {
        t.add("system-number", -0.25, t.explaining() ? conflict : null);
      }
    }
    if (ia.lccns().length > 0 && ib.lccns().length > 0) {
      String lccn = StandardIds.shared(ia.lccns(), ib.lccns());
      if (lccn != null) {
        t.identifier("lccn", 0.5, t.explaining() ? "shared " + lccn : null);
      } else {
        t.add("lccn", -0.1, t.explaining() ? String.join(" ", ia.lccns()) + " vs " + String.join(" ", ib.lccns()) : null);
      }
    }
    if (ia.otherIds().length > 0 && ib.otherIds().length > 0) {
      String other = StandardIds.shared(ia.otherIds(), ib.otherIds());
      if (other != null) {
        t.identifier("024", 0.5, t.explaining() ? "shared " + other : null);
      } else if (sameKind(ia.otherIds(), ib.otherIds())) {
        t.add("024", -0.5, t.explaining() ? String.join(" ", ia.otherIds()) + " vs " + String.join(" ", ib.otherIds()) : null);
      }
    }
  }

  // Two values are of one kind when they have the same text up to ':' or ')' (024/2:, issn:, (OCoLC)).
  private static boolean sameKind(String[] a, String[] b) {
    for (String x : a) {
      for (String y : b) {
        if (kind(x).equals(kind(y))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String samePrefix(String[] a, String[] b) {
    for (String x : a) {
      for (String y : b) {
        if (kind(x).equals(kind(y))) {
          return x + " vs " + y;
        }
      }
    }
    return null;
  }

  private static String kind(String id) {
    int end = id.startsWith("(") ? id.indexOf(')') : id.indexOf(':');
    return end < 0 ? id : id.substring(0, end + 1);
  }

  private static boolean contains(String[] values, String v) {
    for (String x : values) {
      if (x.equals(v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(long[] values, String digits) {
    for (long x : values) {
      if (Long.toString(x).equals(digits)) {
        return true;
      }
    }
    return false;
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

  /** The running score of one pair; evidence is kept only when explaining. */
  private static final class Tally {
    final List<Evidence> evidence;
    double score;
    double identifierGain;
    boolean veto;

    Tally(List<Evidence> evidence) {
      this.evidence = evidence;
    }

    boolean explaining() {
      return evidence != null;
    }

    void add(String element, double points, String detail) {
      score += points;
      if (evidence != null) {
        evidence.add(new Evidence(element, points, detail));
      }
    }

    // Agreeing identifiers together add at most ID_CAP; a further one is shown with what it added.
    void identifier(String element, double points, String detail) {
      double p = Math.max(0, Math.min(points, ID_CAP - identifierGain));
      identifierGain += p;
      add(element, Math.round(p * 1000) / 1000.0, detail);
    }

    void veto(String element, String detail) {
      veto = true;
      add(element, -1.0, detail);
    }

    double rounded() {
      return Math.round(score * 1000) / 1000.0;
    }
  }
}
