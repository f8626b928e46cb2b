package vn.libnet.core.readiness.criteria;

import java.util.EnumSet;
import java.util.Set;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryDesignation;
import vn.libnet.core.model.LibraryDesignation.GoverningLevel;
import vn.libnet.core.model.LibraryDesignation.UniversityGroup;
import vn.libnet.core.model.LibraryType;

/**
 * The groups of libraries that Decision 206/QĐ-TTg sets its targets for. A library is in one or more
 * groups ({@link #of(Library)}), from its type under the Law on Libraries (46/2019/QH14) and what the
 * Ministry designated it as ({@link LibraryDesignation}).
 */
public enum LibraryGroup {
  /** Publicly funded libraries with an important role, the National Library of Vietnam among them. */
  KEY(EnumSet.of(LibraryType.NATIONAL, LibraryType.PUBLIC, LibraryType.SPECIALIZED, LibraryType.ARMED_FORCES,
      LibraryType.UNIVERSITY)),
  /** Provincial-level public libraries. */
  PROVINCIAL(EnumSet.of(LibraryType.PUBLIC)),
  /** The university libraries the decision names beside the key and provincial libraries. */
  UNIVERSITY(EnumSet.of(LibraryType.UNIVERSITY)),
  /** The other university libraries. */
  UNIVERSITY_OTHER(EnumSet.of(LibraryType.UNIVERSITY)),
  /** Specialised libraries of central bodies. */
  SPECIALISED_CENTRAL(EnumSet.of(LibraryType.SPECIALIZED)),
  /** The other specialised libraries. */
  SPECIALISED_OTHER(EnumSet.of(LibraryType.SPECIALIZED)),
  /** Libraries of general-education, vocational and other educational institutions. */
  SCHOOL(EnumSet.of(LibraryType.SCHOOL, LibraryType.VOCATIONAL_AND_OTHER_EDUCATION)),
  /** Every library. */
  ALL(EnumSet.allOf(LibraryType.class));

  private final Set<LibraryType> types;

  LibraryGroup(Set<LibraryType> types) {
    this.types = types;
  }

  /** The library types (Law on Libraries, Article 9) whose libraries can be in this group. */
  public Set<LibraryType> types() {
    return EnumSet.copyOf(types);
  }

  /**
   * The groups {@code library} is in: always {@link #ALL}; {@link #KEY} for the National Library and a
   * designated key library of one of the {@linkplain #types() types} key libraries are; {@link
   * #PROVINCIAL} for a public library of provincial level; {@link
   * #UNIVERSITY} for a university library of the listed group, {@link #UNIVERSITY_OTHER} for any other;
   * {@link #SPECIALISED_CENTRAL} for a specialised library of central level, {@link #SPECIALISED_OTHER}
   * for any other; {@link #SCHOOL} for school, vocational and other education libraries. A library without
   * a type is only in {@link #ALL}.
   */
  public static Set<LibraryGroup> of(Library library) {
    Set<LibraryGroup> groups = EnumSet.of(ALL);
    LibraryDesignation d = library.designation();
    GoverningLevel level = d == null ? null : d.governingLevel();
    LibraryType type = library.type();
    if (type == LibraryType.NATIONAL || (d != null && Boolean.TRUE.equals(d.keyLibrary()) && KEY.types.contains(type))) {
      groups.add(KEY);
    }
    if (type == LibraryType.PUBLIC && level == GoverningLevel.PROVINCIAL) {
      groups.add(PROVINCIAL);
    }
    if (type == LibraryType.UNIVERSITY) {
      groups.add(d != null && d.universityGroup() == UniversityGroup.LISTED ? UNIVERSITY : UNIVERSITY_OTHER);
    }
    if (type == LibraryType.SPECIALIZED) {
      groups.add(level == GoverningLevel.CENTRAL ? SPECIALISED_CENTRAL : SPECIALISED_OTHER);
    }
    if (type == LibraryType.SCHOOL || type == LibraryType.VOCATIONAL_AND_OTHER_EDUCATION) {
      groups.add(SCHOOL);
    }
    return groups;
  }
}
