package vn.libnet.marc.match;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.marc.record.MarcFields;

/**
 * The identifiers beyond the ISBN that a record is matched on, each in its normal form (see
 * {@code docs/matching.md}): ISSNs (ISO 3297) from 022 $a, the incorrect and cancelled ISSNs of 022 $y
 * and $z, the linking ISSN (ISSN-L) of 022 $l, system control numbers from 035 $a (OCLC numbers
 * without their ocm/ocn/on prefixes and leading zeros, also when they stand in 001), LCCNs from 010 $a
 * (LC's normalisation), other standard identifiers from 024 with their kind, and the identifiers of
 * the host item (773 $w $x $z) and of other physical forms (776 $w $x $z). Values that do not parse
 * as their kind of identifier (a wrong ISSN check digit, an LCCN of the wrong shape) are left out.
 * Every array is sorted, without repeats, and never null.
 *
 * @param issns the ISSNs of 022 $a, as NNNN-NNNC
 * @param formerIssns the incorrect (022 $y) and cancelled (022 $z) ISSNs
 * @param linkingIssns the ISSN-L of 022 $l
 * @param systemNumbers 035 $a as {@code (PREFIX)number}, e.g. {@code (OCoLC)12345}
 * @param lccns the normalised LCCNs of 010 $a
 * @param otherIds 024 as {@code 024/<kind>:<value>}
 * @param hostLinks the host item's identifiers (773): {@code issn:...}, {@code isbn:...} or a system number
 * @param otherFormLinks the identifiers of the record's other physical forms (776), in the same forms
 */
public record StandardIds(
    String[] issns,
    String[] formerIssns,
    String[] linkingIssns,
    String[] systemNumbers,
    String[] lccns,
    String[] otherIds,
    String[] hostLinks,
    String[] otherFormLinks) {
  private static final String[] NONE = new String[0];

  /** A record without any of these identifiers. */
  public static final StandardIds EMPTY = new StandardIds(NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE);

  /** Replaces null arrays by empty ones. */
  public StandardIds {
    issns = nz(issns);
    formerIssns = nz(formerIssns);
    linkingIssns = nz(linkingIssns);
    systemNumbers = nz(systemNumbers);
    lccns = nz(lccns);
    otherIds = nz(otherIds);
    hostLinks = nz(hostLinks);
    otherFormLinks = nz(otherFormLinks);
  }

  /** The identifiers of a MARC 21 bibliographic record; a record without any gives {@link #EMPTY}. */
  public static StandardIds of(Record r) {
    TreeSet<String> issn = new TreeSet<>();
    TreeSet<String> former = new TreeSet<>();
    TreeSet<String> linking = new TreeSet<>();
    TreeSet<String> system = new TreeSet<>();
    TreeSet<String> lccn = new TreeSet<>();
    TreeSet<String> other = new TreeSet<>();
    TreeSet<String> host = new TreeSet<>();
    TreeSet<String> form = new TreeSet<>();
    boolean any = false;
    for (DataField df : MarcFields.data(r, "010", "022", "024", "035", "773", "776")) {
      any = true;
      switch (df.getTag()) {
        case "010" -> add(lccn, df, 'a', IdNormalizer::lccn);
        case "022" -> {
          add(issn, df, 'a', IdNormalizer::issn);
          add(former, df, 'y', IdNormalizer::issn);
          add(former, df, 'z', IdNormalizer::issn);
          add(linking, df, 'l', IdNormalizer::issn);
        }
        case "024" -> {
          Subfield source = df.getSubfield('2');
          for (Subfield a : df.getSubfields('a')) {
            IdNormalizer.otherId(df.getIndicator1(), source == null ? null : source.getData(), a.getData())
                .ifPresent(other::add);
          }
        }
        case "035" -> add(system, df, 'a', IdNormalizer::systemNumber);
        default -> links(df.getTag().equals("773") ? host : form, df);
      }
    }
    ControlField f001 = MarcFields.control(r, "001");
    ControlField f003 = MarcFields.control(r, "003");
    if (f001 != null) {
      String id = f001.getData().strip();
      boolean prefixed = id.startsWith("ocm") || id.startsWith("ocn") || id.startsWith("on");
      if (prefixed || f003 != null && f003.getData().strip().equalsIgnoreCase("OCoLC")) {
        Optional<String> n = IdNormalizer.oclcNumber(id);
        if (n.isPresent()) {
          system.add("(OCoLC)" + n.get());
          any = true;
        }
      }
    }
    if (!any) {
      return EMPTY;
    }
    return new StandardIds(arr(issn), arr(former), arr(linking), arr(system), arr(lccn), arr(other), arr(host), arr(form));
  }

  private static void links(TreeSet<String> into, DataField df) {
    add(into, df, 'w', IdNormalizer::systemNumber);
    add(into, df, 'x', t -> IdNormalizer.issn(t).map(i -> "issn:" + i));
    add(into, df, 'z', IdNormalizer::isbn);
  }

  private static void add(TreeSet<String> into, DataField df, char code, Function<String, Optional<String>> norm) {
    for (Subfield s : df.getSubfields(code)) {
      norm.apply(s.getData()).ifPresent(into::add);
    }
  }

  private static String[] arr(TreeSet<String> set) {
    return set.isEmpty() ? NONE : set.toArray(NONE);
  }

  private static String[] nz(String[] a) {
    return a == null || a.length == 0 ? NONE : a;
  }

  /** Whether the record has none of these identifiers. */
  public boolean isEmpty() {
    return issns.length + formerIssns.length + linkingIssns.length + systemNumbers.length + lccns.length
        + otherIds.length + hostLinks.length + otherFormLinks.length == 0;
  }

  /** The first value both sorted arrays hold, or null. */
  static String shared(String[] a, String[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        return a[i];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StandardIds s && Arrays.equals(issns, s.issns) && Arrays.equals(formerIssns, s.formerIssns)
        && Arrays.equals(linkingIssns, s.linkingIssns) && Arrays.equals(systemNumbers, s.systemNumbers)
        && Arrays.equals(lccns, s.lccns) && Arrays.equals(otherIds, s.otherIds) && Arrays.equals(hostLinks, s.hostLinks)
        && Arrays.equals(otherFormLinks, s.otherFormLinks);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(new Object[] {issns, formerIssns, linkingIssns, systemNumbers, lccns, otherIds, hostLinks, otherFormLinks});
  }

  @Override
  public String toString() {
    return "StandardIds[issns=" + Arrays.toString(issns) + ", formerIssns=" + Arrays.toString(formerIssns)
        + ", linkingIssns=" + Arrays.toString(linkingIssns) + ", systemNumbers=" + Arrays.toString(systemNumbers)
        + ", lccns=" + Arrays.toString(lccns) + ", otherIds=" + Arrays.toString(otherIds)
        + ", hostLinks=" + Arrays.toString(hostLinks) + ", otherFormLinks=" + Arrays.toString(otherFormLinks) + "]";
  }
}
