package vn.libnet.core.readiness.survey;

import vn.libnet.core.readiness.Bilingual;

/**
 * One answer a {@link QuestionKind#CHOICE} question offers.
 *
 * @param value the value a response gives, e.g. {@code koha}
 * @param label what a person reads
 */
public record QuestionChoice(String value, Bilingual label) {}
