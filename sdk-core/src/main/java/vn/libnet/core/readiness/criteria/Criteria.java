package vn.libnet.core.readiness.criteria;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.libnet.core.model.Library;
import vn.libnet.core.readiness.Bilingual;

/**
 * One version of the programme's criteria, such as {@code qd206-2021} version 1: the indicators and
 * their targets per group of libraries. Read from a resource by {@link CriteriaReader}; found by id in
 * {@link vn.libnet.core.readiness.ReadinessCatalog}.
 *
 * @param id the id, e.g. {@code qd206-2021}
 * @param version the version, from 1; a newer version of the same id replaces an older one
 * @param title the programme's title
 * @param decision the act that sets the targets, e.g. "Quyết định 206/QĐ-TTg ngày 11/02/2021"
 * @param indicators the indicators, in the order of the resource
 */
public record Criteria(String id, int version, Bilingual title, String decision, List<Indicator> indicators) {
  /**
   * Checks the parts and copies the indicators.
   *
   * @throws IllegalArgumentException when the id is blank, the version under 1 or two indicators share an id
   */
  public Criteria {
    if (id == null || id.isBlank() || version < 1) {
      throw new IllegalArgumentException("Criteria need an id and a version from 1: " + id + " v" + version);
    }
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    Set<String> ids = new HashSet<>();
    for (Indicator i : indicators) {
      if (!ids.add(i.id())) {
        throw new IllegalArgumentException("Criteria " + id + " have indicator " + i.id() + " twice");
      }
    }
    title = title == null ? new Bilingual(id, id) : title;
    decision = decision == null ? "" : decision;
  }

  /** The indicator with {@code indicatorId}, if there is one. */
  public Optional<Indicator> indicator(String indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /** The indicators that apply to {@code library}, in order. */
  public List<Indicator> applicableTo(Library library) {
    Set<LibraryGroup> groups = LibraryGroup.of(library);
    return indicators.stream().filter(i -> i.targetFor(groups).isPresent()).toList();
  }

  /** {@code id/version}, e.g. {@code qd206-2021/1}. */
  public String key() {
    return id + "/" + version;
  }
}
