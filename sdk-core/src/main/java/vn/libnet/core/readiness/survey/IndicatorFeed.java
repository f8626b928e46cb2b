package vn.libnet.core.readiness.survey;

import java.util.Objects;

/**
 * Which indicator an answer feeds, and how.
 *
 * @param indicator the indicator's id in the questionnaire's criteria
 * @param role how the answer makes the indicator's value
 */
public record IndicatorFeed(String indicator, Role role) {
  /** Defaults the role to {@link Role#VALUE}. */
  public IndicatorFeed {
    Objects.requireNonNull(indicator, "indicator");
    role = role == null ? Role.VALUE : role;
  }

  /** How an answer makes an indicator's value. */
  public enum Role {
    /** The answer is the value (yes = 1, no = 0, a share or a count as given). */
    VALUE,
    /** The value is 100 × this answer / the {@link #DENOMINATOR}'s answer (the part, e.g. digitized). */
    NUMERATOR,
    /** The whole the {@link #NUMERATOR} is a part of (e.g. held); the part must not exceed it. */
    DENOMINATOR,
    /** Yes only when every answer with this role is yes (no as soon as one is no). */
    ALL_OF
  }
}
