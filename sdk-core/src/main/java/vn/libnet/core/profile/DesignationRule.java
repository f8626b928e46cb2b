package vn.libnet.core.profile;

import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryDesignation;
import vn.libnet.core.model.LibraryDesignation.GoverningLevel;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/**
 * The rule of {@code vn-library} on a library's designation for the groups of Decision 206/QĐ-TTg: a part
 * that cannot apply to the library's type ({@code LIBRARY_DESIGNATION_MISMATCH}, a warning: readiness
 * scoring ignores it). A university group on a library that is not a university library; a governing level
 * on a community or private library (which has no governing body) or a central level on a public library
 * (the national one is of type NATIONAL); a key-library designation on a school, vocational, community or
 * private library (the decision's key libraries are national, public, specialised, armed-forces and
 * university libraries).
 */
final class DesignationRule {
  // The types the decision's key libraries are never of (LibraryGroup.KEY lists the others).
  private static final java.util.Set<LibraryType> NOT_KEY = java.util.EnumSet.of(LibraryType.SCHOOL,
      LibraryType.VOCATIONAL_AND_OTHER_EDUCATION, LibraryType.COMMUNITY_AND_PRIVATE);

  private DesignationRule() {}

  static Rule<Library> rule() {
    return Rule.of("LIBRARY_DESIGNATION_MISMATCH", Severity.WARNING, (l, s) -> {
      LibraryDesignation d = l.designation();
      LibraryType type = l.type();
      if (d == null || type == null) {
        return;
      }
      if (d.universityGroup() != null && type != LibraryType.UNIVERSITY) {
        s.report("/designation/universityGroup", "universityGroup", d.universityGroup(), type);
      }
      GoverningLevel level = d.governingLevel();
      if (level != null && (type == LibraryType.COMMUNITY_AND_PRIVATE
          || (type == LibraryType.PUBLIC && level == GoverningLevel.CENTRAL))) {
        s.report("/designation/governingLevel", "governingLevel", level, type);
      }
      if (Boolean.TRUE.equals(d.keyLibrary()) && NOT_KEY.contains(type)) {
        s.report("/designation/keyLibrary", "keyLibrary", true, type);
      }
    });
  }
}
