package vn.libnet.core.model;

import java.util.Objects;

/**
 * A person or body responsible for a resource.
 *
 * @param name the name as catalogued, e.g. "Nguyễn Du" or "Thư viện Quốc gia Việt Nam"
 * @param kind person, organisation or meeting; {@link ContributorKind#PERSON} when not given
 * @param role the MARC relator code, e.g. {@code aut}, {@code edt}, {@code trl}; {@code aut} for the
 *     main entry when not given
 * @param dates life or meeting dates as written, e.g. "1765-1820"
 * @param main whether this is the main entry (1XX)
 */
public record Contributor(String name, ContributorKind kind, String role, String dates, boolean main) {
  /** Defaults kind to person. */
  public Contributor {
    kind = Objects.requireNonNullElse(kind, ContributorKind.PERSON);
  }

  /** A personal main-entry author. */
  public static Contributor author(String name) {
    return new Contributor(name, ContributorKind.PERSON, "aut", null, true);
  }
}
