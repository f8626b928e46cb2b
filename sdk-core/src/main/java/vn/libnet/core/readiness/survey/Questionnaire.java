package vn.libnet.core.readiness.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.libnet.core.readiness.Bilingual;
import vn.libnet.core.readiness.criteria.Criteria;

/**
 * A readiness questionnaire: sections of typed questions, conditions that show or hide them, and the
 * indicator of the criteria each answer feeds. The SDK ships the default questionnaire of each criteria
 * version as JSON beside the criteria ({@link vn.libnet.core.readiness.ReadinessCatalog}).
 *
 * @param id the questionnaire's id, which responses name, e.g. {@code qd206-2021}
 * @param criteriaId the criteria its answers are scored against
 * @param criteriaVersion the version of those criteria
 * @param title its title
 * @param sections its sections, in order
 */
public record Questionnaire(
    String id, String criteriaId, int criteriaVersion, Bilingual title, List<QuestionnaireSection> sections) {
  /**
   * Checks that question ids are unique and that a condition only looks at an earlier question (so no
   * condition can depend on itself), and copies the sections.
   *
   * @throws IllegalArgumentException when it does not hold
   */
  public Questionnaire {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A questionnaire needs an id");
    }
    sections = sections == null ? List.of() : List.copyOf(sections);
    Set<String> seen = new HashSet<>();
    for (QuestionnaireSection s : sections) {
      for (QuestionnaireQuestion q : s.questions()) {
        ShowCondition c = q.showIf();
        if (c != null && c.question() != null && !seen.contains(c.question())) {
          throw new IllegalArgumentException("Question " + q.id() + " of " + id
              + " is shown by " + c.question() + ", which is not an earlier question");
        }
        if (!seen.add(q.id())) {
          throw new IllegalArgumentException("Questionnaire " + id + " has question " + q.id() + " twice");
        }
      }
    }
    title = title == null ? new Bilingual(id, id) : title;
  }

  /** Every question, section after section. */
  public List<QuestionnaireQuestion> questions() {
    List<QuestionnaireQuestion> all = new ArrayList<>();
    sections.forEach(s -> all.addAll(s.questions()));
    return all;
  }

  /** The question with {@code questionId}, if there is one. */
  public Optional<QuestionnaireQuestion> question(String questionId) {
    return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /** The questions that feed {@code indicatorId}, in order. */
  public List<QuestionnaireQuestion> feeding(String indicatorId) {
    return questions().stream()
        .filter(q -> q.feeds().stream().anyMatch(f -> f.indicator().equals(indicatorId)))
        .toList();
  }

  /**
   * Checks that these are questions for {@code criteria}: its id and version; every fed indicator one of
   * its indicators; only yes/no, number and share questions feeding, {@code ALL_OF} only from yes/no
   * questions; and for each indicator at most one numerator and one denominator, both or neither.
   *
   * @throws IllegalArgumentException naming the first mismatch
   */
  public void requireFor(Criteria criteria) {
    if (!criteria.id().equals(criteriaId) || criteria.version() != criteriaVersion) {
      throw new IllegalArgumentException("Questionnaire " + id + " is for " + criteriaId + "/" + criteriaVersion
          + ", not " + criteria.key());
    }
    Map<String, int[]> fractions = new HashMap<>();
    for (QuestionnaireQuestion q : questions()) {
      for (IndicatorFeed f : q.feeds()) {
        if (criteria.indicator(f.indicator()).isEmpty()) {
          throw new IllegalArgumentException("Question " + q.id() + " feeds " + f.indicator()
              + ", which " + criteria.key() + " does not have");
        }
        boolean numeric = q.kind() == QuestionKind.YES_NO || q.kind() == QuestionKind.NUMBER || q.kind() == QuestionKind.SHARE;
        if (!numeric || (f.role() == IndicatorFeed.Role.ALL_OF && q.kind() != QuestionKind.YES_NO)) {
          throw new IllegalArgumentException("Question " + q.id() + " (" + q.kind() + ") cannot feed " + f.indicator()
              + " as " + f.role());
        }
        int[] counts = fractions.computeIfAbsent(f.indicator(), k -> new int[2]);
        if (f.role() == IndicatorFeed.Role.NUMERATOR) {
          counts[0]++;
        } else if (f.role() == IndicatorFeed.Role.DENOMINATOR) {
          counts[1]++;
        }
      }
    }
    fractions.forEach((indicator, counts) -> {
      if (counts[0] > 1 || counts[1] > 1 || counts[0] != counts[1]) {
        throw new IllegalArgumentException("Indicator " + indicator + " of questionnaire " + id + " needs one numerator"
            + " and one denominator, not " + counts[0] + " and " + counts[1]);
      }
    });
  }
}
