package vn.libnet.testkit;

import static vn.libnet.testkit.HandlerSupport.mayWrite;
import static vn.libnet.testkit.HandlerSupport.read;
import static vn.libnet.testkit.HandlerSupport.valid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.testkit.HubRouter.Route;

/**
 * A library's yearly statistics (TCVN 12843:2019 = ISO 2789): {@code PUT
 * /v1/libraries/{isil}/statistics/{year}} by that library or the administrator, the body's ISIL and year
 * those of the path. A value has at most {@link #MAX_INTEGER_DIGITS} digits before its decimal point and
 * {@link #MAX_FRACTION_DIGITS} after it (422 {@code STATS_VALUE_OUT_OF_RANGE} otherwise); then the report
 * is checked against {@code vn-statistics}.
 */
final class StatisticsHandler implements HubRouter.Resource {
  /** Digits a statistics value may have before its decimal point: any count, or a budget in VND. */
  static final int MAX_INTEGER_DIGITS = 18;
  /** Digits a statistics value may have after its decimal point: any share or full-time equivalent. */
  static final int MAX_FRACTION_DIGITS = 20;

  private final HubStore store;

  StatisticsHandler(HubStore store) {
    this.store = store;
  }

  @Override
  public List<Route> routes() {
    return List.of(Route.of("PUT", "/v1/libraries/([^/]+)/statistics/([0-9]{4})", (c, p) -> submit(c, p.get(0), Integer.parseInt(p.get(1)))));
  }

  private Answer submit(Call c, String isil, int year) {
    mayWrite(c, isil);
    StatisticsReport r = read(c, StatisticsReport.class);
    if (!isil.equals(r.isil()) || r.year() == null || r.year() != year) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Path mismatch", "The body reports " + r.isil() + " " + r.year() + ", the path "
          + isil + " " + year);
    }
    List<ValidationIssue> outOfRange = outOfRange(r);
    if (!outOfRange.isEmpty()) {
      return Answer.problem(ProblemCode.VALIDATION_FAILED, "Invalid statistics report", outOfRange.size() + " error(s)", outOfRange);
    }
    valid(NationalProfiles.statistics().validate(r), "statistics report");
    store.putStatistics(r);
    return Answer.json(200, r);
  }

  // Checked before the profile, which writes a value out digit by digit: -1e900000000 would be a string
  // of 900 million digits. Precision and scale are cheap for whatever Jackson reads (at most 1000 digits).
  private static List<ValidationIssue> outOfRange(StatisticsReport r) {
    List<ValidationIssue> issues = new ArrayList<>();
    r.values().forEach((indicator, v) -> {
      BigDecimal s = v.stripTrailingZeros();
      if ((long) s.precision() - s.scale() > MAX_INTEGER_DIGITS || s.scale() > MAX_FRACTION_DIGITS) {
        issues.add(HubTexts.issue("STATS_VALUE_OUT_OF_RANGE", "/values/" + indicator.name(), indicator.name(), HubTexts.echo(s.toString()),
            String.valueOf(MAX_INTEGER_DIGITS), String.valueOf(MAX_FRACTION_DIGITS)));
      }
    });
    return issues;
  }
}
