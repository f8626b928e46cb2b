package vn.libnet.core.readiness.criteria;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.readiness.Bilingual;

/**
 * One target of the programme, such as "70 % of rare and old documents digitized (key libraries)".
 *
 * @param id the stable id, e.g. {@code digitized_rare}
 * @param text what is measured, in Vietnamese and English
 * @param unit what one library's value is
 * @param targets the target of each group it applies to, in the order of the resource
 * @param source where in the decision it is set, e.g. {@code QĐ 206/QĐ-TTg, Điều 1, I.2.a}
 */
public record Indicator(String id, Bilingual text, IndicatorUnit unit, List<GroupTarget> targets, String source) {
  /**
   * Checks the parts and copies the targets.
   *
   * @throws IllegalArgumentException when the id is blank, there is no target, a group has two, or a
   *     share's target is over 100
   */
  public Indicator {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("An indicator needs an id");
    }
    Objects.requireNonNull(unit, "unit");
    targets = targets == null ? List.of() : List.copyOf(targets);
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("Indicator " + id + " applies to no group");
    }
    if (targets.stream().map(GroupTarget::group).distinct().count() != targets.size()) {
      throw new IllegalArgumentException("Indicator " + id + " names a group twice");
    }
    if (unit == IndicatorUnit.SHARE && targets.stream().anyMatch(t -> t.libraryTarget2025() > 100)) {
      throw new IllegalArgumentException("Indicator " + id + " is a share, and a share's target cannot be over 100");
    }
    text = text == null ? new Bilingual(id, id) : text;
    source = source == null ? "" : source;
  }

  /** The groups it applies to. */
  public Set<LibraryGroup> groups() {
    Set<LibraryGroup> groups = EnumSet.noneOf(LibraryGroup.class);
    targets.forEach(t -> groups.add(t.group()));
    return groups;
  }

  /** The library types (Law on Libraries) whose libraries it can apply to. */
  public Set<LibraryType> libraryTypes() {
    Set<LibraryType> types = EnumSet.noneOf(LibraryType.class);
    targets.forEach(t -> types.addAll(t.group().types()));
    return types;
  }

  /**
   * The target for a library in {@code groups}: when it is in several groups the indicator names, the
   * most demanding one (highest per-library target, then highest share of libraries); empty when the
   * indicator does not apply.
   */
  public Optional<GroupTarget> targetFor(Set<LibraryGroup> groups) {
    return targets.stream()
        .filter(t -> groups.contains(t.group()))
        .max(Comparator.comparingDouble(GroupTarget::libraryTarget2025)
            .thenComparingDouble(GroupTarget::librariesShare2025));
  }

  /** The target for {@code library}, by its {@linkplain LibraryGroup#of(Library) groups}. */
  public Optional<GroupTarget> targetFor(Library library) {
    return targetFor(LibraryGroup.of(library));
  }
}
