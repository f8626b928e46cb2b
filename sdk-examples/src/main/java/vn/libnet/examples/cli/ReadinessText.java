package vn.libnet.examples.cli;

import java.text.NumberFormat;
import java.util.Locale;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.readiness.criteria.GroupTarget;
import vn.libnet.core.readiness.criteria.IndicatorUnit;
import vn.libnet.core.readiness.scoring.IndicatorResult;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.scoring.ReadinessAggregator;
import vn.libnet.core.readiness.scoring.ReadinessBand;

/**
 * The words and numbers of the readiness outputs in one language (text, HTML, XLSX): bands, statuses,
 * library types, an indicator's value and target, a score. Numbers in the locale's notation, at most one
 * decimal for percentages and three for scores.
 */
final class ReadinessText {
  private final Locale locale;
  private final NumberFormat oneDecimal;
  private final NumberFormat score;

  ReadinessText(Locale locale) {
    this.locale = locale;
    this.oneDecimal = NumberFormat.getNumberInstance(locale);
    oneDecimal.setMaximumFractionDigits(1);
    this.score = NumberFormat.getNumberInstance(locale);
    score.setMinimumFractionDigits(3);
    score.setMaximumFractionDigits(3);
  }

  Locale locale() {
    return locale;
  }

  String t(String key, Object... args) {
    return CliText.text(locale, key, args);
  }

  String band(ReadinessBand band) {
    return band == null ? t("readiness.none") : t("readiness.band." + band.name());
  }

  String status(IndicatorResult r) {
    return t("readiness.status." + r.status().name());
  }

  String type(LibraryType type) {
    return type == null ? t("readiness.type.unknown") : t("readiness.type." + type.name());
  }

  /** The name of an aggregate: the province's name, the type's label, or "unplaced". */
  String area(ReadinessAggregate a, boolean byType) {
    if (ReadinessAggregator.UNPLACED.equals(a.key())) {
      return t("readiness.unplaced");
    }
    if (byType) {
      return type(LibraryType.valueOf(a.key()));
    }
    return a.name();
  }

  String number(double v) {
    return oneDecimal.format(v);
  }

  String percent(Double v) {
    return v == null ? t("readiness.none") : oneDecimal.format(v) + " %";
  }

  String score(Double v) {
    return v == null ? t("readiness.none") : score.format(v);
  }

  /** A library's value: yes or no, a percentage, a count; "none" when missing or not applicable. */
  String value(IndicatorResult r) {
    if (r.value() == null) {
      return t("readiness.none");
    }
    if (r.unit() == IndicatorUnit.YES_NO) {
      return t(r.value() >= 1 ? "readiness.yes" : "readiness.no");
    }
    return r.unit() == IndicatorUnit.SHARE ? percent(r.value()) : number(r.value());
  }

  /** The library's target: "yes (60 % of the group's libraries)", "70 %", a count. */
  String target(IndicatorUnit unit, GroupTarget g) {
    if (unit == IndicatorUnit.YES_NO) {
      return t("readiness.target.yesNo", number(g.librariesShare2025()));
    }
    return unit == IndicatorUnit.SHARE ? percent(g.libraryTarget2025()) : number(g.libraryTarget2025());
  }

  /** Where the value comes from, and whether declared and measured agree. */
  String provenance(IndicatorResult r) {
    if (r.provenance() == null) {
      return "";
    }
    String p = t("readiness.provenance." + r.provenance().name());
    return r.agrees() ? p : t("readiness.disagrees", p);
  }
}
