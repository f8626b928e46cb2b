package vn.libnet.core.readiness.scoring;

import vn.libnet.core.readiness.criteria.GroupTarget;
import vn.libnet.core.readiness.criteria.IndicatorUnit;
import vn.libnet.core.readiness.survey.Provenance;

/**
 * One library's standing on one indicator.
 *
 * @param indicator the indicator's id
 * @param unit what the value is
 * @param target the target of the library's group
 * @param value the library's value (yes = 1, no = 0; a share in percent); absent when missing or not applicable
 * @param status met, gap, missing or not applicable
 * @param gap how far below the target the value is (0 when met); absent without a value
 * @param attainment min(value / target, 1); 0 when missing, not counted when not applicable
 * @param provenance where the value comes from; absent without a value
 * @param agrees whether the declared and measured answers behind the value agree (true when only one kind)
 */
public record IndicatorResult(
    String indicator,
    IndicatorUnit unit,
    GroupTarget target,
    Double value,
    IndicatorStatus status,
    Double gap,
    double attainment,
    Provenance provenance,
    boolean agrees) {}
