package vn.libnet.core.readiness.survey;

import java.math.BigDecimal;

/**
 * The answer to one shown question after the declared and measured values were merged.
 *
 * @param question the question's id
 * @param value the value used: the measured one when there is one, else the declared one; yes/no as
 *     {@code yes} or {@code no}
 * @param number the value as a number (yes = 1, no = 0); absent for a choice or text
 * @param provenance declared, measured or both
 * @param agrees for {@link Provenance#BOTH}, whether the declared value agrees with the measured one;
 *     otherwise true
 * @param declared the declared value, normalised; absent when nothing usable was declared
 * @param measured the measured value, normalised; absent when nothing was measured
 * @param source what was measured, when something was
 */
public record ResolvedAnswer(
    String question,
    String value,
    BigDecimal number,
    Provenance provenance,
    boolean agrees,
    String declared,
    String measured,
    String source) {}
