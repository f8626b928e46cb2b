package vn.libnet.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.core.readiness.ReadinessFixtures.library;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.libnet.core.model.LibraryDesignation;
import vn.libnet.core.model.LibraryDesignation.GoverningLevel;
import vn.libnet.core.model.LibraryDesignation.UniversityGroup;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.readiness.criteria.LibraryGroup;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationIssue;

class LibraryGroupTest {
  private static LibraryDesignation designation(Boolean key, GoverningLevel level, UniversityGroup group) {
    return new LibraryDesignation(key, level, group);
  }

  @Test
  void groupsFollowTypeAndDesignation() {
    assertThat(LibraryGroup.of(library("VN-1", LibraryType.NATIONAL, "01", null)))
        .containsExactly(LibraryGroup.KEY, LibraryGroup.ALL);
    assertThat(LibraryGroup.of(library("VN-2", LibraryType.PUBLIC, "01", designation(null, GoverningLevel.COMMUNE, null))))
        .containsExactly(LibraryGroup.ALL);
    assertThat(LibraryGroup.of(library("VN-3", LibraryType.SPECIALIZED, "01", designation(true, GoverningLevel.CENTRAL, null))))
        .containsExactly(LibraryGroup.KEY, LibraryGroup.SPECIALISED_CENTRAL, LibraryGroup.ALL);
    assertThat(LibraryGroup.of(library("VN-4", LibraryType.SPECIALIZED, "01", null)))
        .containsExactly(LibraryGroup.SPECIALISED_OTHER, LibraryGroup.ALL);
    assertThat(LibraryGroup.of(library("VN-5", LibraryType.VOCATIONAL_AND_OTHER_EDUCATION, "01", null)))
        .containsExactly(LibraryGroup.SCHOOL, LibraryGroup.ALL);
    assertThat(LibraryGroup.of(library("VN-6", LibraryType.ARMED_FORCES, "01", null))).containsExactly(LibraryGroup.ALL);
    // A designation that cannot apply is ignored, and the national profile warns about it.
    var community = library("VN-HaNoi-CD", LibraryType.COMMUNITY_AND_PRIVATE, "01",
        designation(true, GoverningLevel.PROVINCIAL, UniversityGroup.LISTED));
    assertThat(LibraryGroup.of(community)).containsExactly(LibraryGroup.ALL);
    var issues = NationalProfiles.library().validate(community, ValidationContext.of(Locale.ENGLISH))
        .issues("LIBRARY_DESIGNATION_MISMATCH");
    assertThat(issues).extracting(ValidationIssue::path).containsExactly("/designation/universityGroup",
        "/designation/governingLevel", "/designation/keyLibrary");
    assertThat(issues.get(0).message()).isEqualTo(
        "The designation universityGroup = LISTED does not fit a library of type COMMUNITY_AND_PRIVATE; readiness scoring ignores it.");
    assertThat(NationalProfiles.library().validate(library("VN-HaNoi-TV", LibraryType.PUBLIC, "01",
        designation(true, GoverningLevel.PROVINCIAL, null))).has("LIBRARY_DESIGNATION_MISMATCH")).isFalse();
  }
}
