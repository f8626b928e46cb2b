package vn.libnet.core.readiness.survey;

import java.math.BigDecimal;
import java.util.List;
import vn.libnet.core.readiness.criteria.LibraryGroup;

/**
 * When a question is shown; a hidden question needs no answer and its answer, if given, is ignored. Every
 * part that is given must hold.
 *
 * @param question the id of an earlier question whose answer decides; the condition fails while that
 *     question is hidden or unanswered
 * @param anyOf the answers of {@code question} that show this one, e.g. {@code ["yes"]}; empty for any
 * @param above the number {@code question}'s answer must be greater than; absent for any
 * @param groups the groups of libraries the question is shown to; empty for every library
 */
public record ShowCondition(String question, List<String> anyOf, BigDecimal above, List<LibraryGroup> groups) {
  /** Copies the lists; absent lists become empty. */
  public ShowCondition {
    anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
