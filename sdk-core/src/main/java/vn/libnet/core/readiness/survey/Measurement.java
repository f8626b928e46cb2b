package vn.libnet.core.readiness.survey;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value measured from the network for one question, e.g. {@code has_oai_pmh = no} because the declared
 * OAI-PMH endpoint fails the conformance suite.
 *
 * @param question the question's id
 * @param value the value, written as an answer would be ({@code yes}, {@code 1200})
 * @param source what was measured, for people, e.g. {@code OAI-PMH conformance of https://…/oai}
 * @param tolerance for numbers, how far the declared value may be from the measured one and still agree;
 *     absent for exact agreement
 */
public record Measurement(String question, String value, String source, BigDecimal tolerance) {
  /** Checks the question and value. */
  public Measurement {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(value, "value");
    source = source == null ? "" : source;
  }
}
