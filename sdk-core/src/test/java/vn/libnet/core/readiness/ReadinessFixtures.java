package vn.libnet.core.readiness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.libnet.core.model.Address;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryDesignation;
import vn.libnet.core.model.LibraryDesignation.GoverningLevel;
import vn.libnet.core.model.LibraryDesignation.UniversityGroup;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.survey.Questionnaire;
import vn.libnet.core.readiness.survey.ReadinessResponse;

/** Libraries and responses for the readiness tests, over the shipped qd206-2021 v1. */
public final class ReadinessFixtures {
  public static final Criteria CRITERIA = ReadinessCatalog.standard().criteria("qd206-2021", 1).orElseThrow();
  public static final Questionnaire QUESTIONNAIRE = ReadinessCatalog.standard().questionnaire(CRITERIA).orElseThrow();

  private ReadinessFixtures() {}

  public static Library library(String isil, LibraryType type, String province, LibraryDesignation designation) {
    return new Library(isil, "Thư viện " + isil, null, type,
        province == null ? null : new Address(null, null, province, null, "VN"), null, null, null, List.of(),
        List.of(), List.of()).withDesignation(designation);
  }

  public static Library provincial(String isil, String province) {
    return library(isil, LibraryType.PUBLIC, province, new LibraryDesignation(null, GoverningLevel.PROVINCIAL, null));
  }

  public static Library keyProvincial(String isil, String province) {
    return library(isil, LibraryType.PUBLIC, province, new LibraryDesignation(true, GoverningLevel.PROVINCIAL, null));
  }

  public static Library school(String isil, String province) {
    return library(isil, LibraryType.SCHOOL, province, null);
  }

  public static Library otherUniversity(String isil, String province) {
    return library(isil, LibraryType.UNIVERSITY, province, null);
  }

  public static Library listedUniversity(String isil, String province) {
    return library(isil, LibraryType.UNIVERSITY, province, new LibraryDesignation(null, null, UniversityGroup.LISTED));
  }

  /** A response from alternating question ids and answers. */
  public static ReadinessResponse response(String isil, String... pairs) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      answers.put(pairs[i], pairs[i + 1]);
    }
    return ReadinessResponse.declared("qd206-2021", isil, answers);
  }
}
