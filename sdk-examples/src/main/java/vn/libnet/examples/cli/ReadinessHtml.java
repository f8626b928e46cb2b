package vn.libnet.examples.cli;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import vn.libnet.core.readiness.criteria.GroupTarget;
import vn.libnet.core.readiness.criteria.Indicator;
import vn.libnet.core.readiness.scoring.IndicatorAggregate;
import vn.libnet.core.readiness.scoring.IndicatorResult;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.scoring.ReadinessBand;

/**
 * {@code libnet readiness report --format html}: one self-contained page (inline CSS, no script, nothing
 * loaded from elsewhere) in the chosen language. The overall figures, the distribution of bands as a chart,
 * one row per area, then for each indicator a chart of the share of libraries meeting it per area (areas with
 * libraries assessed on it) with each area's target share as a line, and every library's standing. Each
 * chart ({@link ReadinessSvg}) has a title, a description and a table of the same numbers beside it. Every
 * text from the input (names, ISILs, file names) is escaped.
 */
final class ReadinessHtml {
  private static final String CSS = ".charts{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}"
      + "svg.chart{background:#fff;border:1px solid #ddd}svg .bar{fill:#4a78b5}svg .target{stroke:#b00020;stroke-width:2}"
      + "svg .grid{stroke:#e5e5e5}svg text{font-size:11px;fill:#333}.MET{color:#0a6b2a}.NEAR{color:#3d6b00}"
      + ".PARTIAL{color:#8a5a00}.FAR{color:#b00020}caption{text-align:left;font-weight:bold;padding:.3rem 0}";

  private final ReadinessReportModel model;
  private final ReadinessText text;

  ReadinessHtml(ReadinessReportModel model, ReadinessText text) {
    this.model = model;
    this.text = text;
  }

  String page(ZonedDateTime at) {
    String title = t("readiness.html.title." + view());
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(text.locale().getLanguage().equals("vi") ? "vi" : "en")
        .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
        .append("</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>")
        .append(HtmlReport.CSS).append(CSS).append("</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
        .append(esc(model.criteria().title().in(text.locale()))).append(" (").append(esc(model.criteria().key())).append(")<br>")
        .append(esc(model.criteria().decision())).append("<br>").append(esc(t("html.date"))).append(" <time datetime=\"")
        .append(esc(at.toOffsetDateTime().toString())).append("\">")
        .append(esc(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(text.locale()).format(at)))
        .append("</time><br>").append(esc(t("html.version", ToolVersion.current().orElse(t("html.version.unknown"))))).append("<br>")
        .append(esc(t("html.files", String.join(", ", model.files())))).append("</p>\n");
    overall(b);
    areas(b);
    for (Indicator indicator : model.criteria().indicators()) {
      indicator(b, indicator);
    }
    libraries(b);
    return b.append("</body></html>\n").toString();
  }

  private void overall(StringBuilder b) {
    ReadinessAggregate all = model.overall();
    b.append("<h2>").append(esc(t("readiness.html.overall"))).append("</h2>\n<table id=\"overall\"><tbody>");
    row(b, t("readiness.col.libraries"), String.valueOf(all.libraries()));
    row(b, t("readiness.col.answered"), String.valueOf(all.answered()));
    row(b, t("readiness.col.notAnswered"), String.valueOf(all.notAnswered().size()));
    row(b, t("readiness.col.meanScore"), text.score(all.meanScore()));
    b.append("</tbody></table>\n<h2>").append(esc(t("readiness.html.bands"))).append("</h2>\n<div class=\"charts\">");
    List<ReadinessSvg.Bar> bars = new ArrayList<>();
    int max = 1;
    for (ReadinessBand band : ReadinessBand.values()) {
      int n = all.bands().get(band);
      max = Math.max(max, n);
      bars.add(new ReadinessSvg.Bar(band.name(), text.band(band), n, null, text.band(band) + ": " + n));
    }
    // The axis in whole libraries: the top is the next multiple of 4 (ticks at quarters).
    b.append(ReadinessSvg.chart("chart-bands", t("readiness.html.bands"), t("readiness.html.bandsDesc"), bars,
        4 * Math.ceil(max / 4.0), ""));
    b.append("<table class=\"data\" id=\"data-bands\"><caption>").append(esc(t("readiness.html.bands"))).append("</caption><thead><tr><th>")
        .append(esc(t("readiness.col.band"))).append("</th><th>").append(esc(t("readiness.col.libraries"))).append("</th></tr></thead><tbody>");
    for (ReadinessBand band : ReadinessBand.values()) {
      b.append("<tr data-key=\"").append(band.name()).append("\"><td class=\"").append(band.name()).append("\">").append(esc(text.band(band)))
          .append("</td><td class=\"num\">").append(all.bands().get(band)).append("</td></tr>");
    }
    b.append("</tbody></table></div>\n");
  }

  private void areas(StringBuilder b) {
    b.append("<h2>").append(esc(t("readiness.html.areas." + view()))).append("</h2>\n<table id=\"areas\"><thead><tr><th>")
        .append(esc(t("readiness.col.area." + view()))).append("</th><th>").append(esc(t("readiness.col.libraries"))).append("</th><th>")
        .append(esc(t("readiness.col.answered"))).append("</th><th>").append(esc(t("readiness.col.meanScore"))).append("</th>");
    for (ReadinessBand band : ReadinessBand.values()) {
      b.append("<th>").append(esc(text.band(band))).append("</th>");
    }
    b.append("<th>").append(esc(t("readiness.col.notAnsweredIsils"))).append("</th></tr></thead><tbody>\n");
    for (ReadinessAggregate a : model.populated()) {
      b.append("<tr data-key=\"").append(esc(a.key())).append("\"><td>").append(esc(text.area(a, model.byType()))).append("</td><td class=\"num\">")
          .append(a.libraries()).append("</td><td class=\"num\">").append(a.answered()).append("</td><td class=\"num\">")
          .append(esc(text.score(a.meanScore()))).append("</td>");
      for (ReadinessBand band : ReadinessBand.values()) {
        b.append("<td class=\"num\">").append(a.bands().get(band)).append("</td>");
      }
      b.append("<td>").append(esc(String.join(", ", a.notAnswered()))).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  private void indicator(StringBuilder b, Indicator indicator) {
    String id = indicator.id();
    String name = indicator.text().in(text.locale());
    b.append("<section class=\"indicator\" id=\"ind-").append(esc(id)).append("\"><h3>").append(esc(name)).append(" <code>").append(esc(id))
        .append("</code></h3>\n<p class=\"note\">").append(esc(indicator.source())).append(" — ");
    List<String> targets = new ArrayList<>();
    for (GroupTarget g : indicator.targets()) {
      targets.add(t("readiness.group." + g.group().name()) + ": " + text.target(indicator.unit(), g));
    }
    b.append(esc(String.join("; ", targets))).append("</p>\n<div class=\"charts\">");
    List<ReadinessSvg.Bar> bars = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (ReadinessAggregate a : model.areas()) {
      IndicatorAggregate i = a.indicator(id).orElse(null);
      if (i == null || i.shareMet() == null) {
        continue;
      }
      String area = text.area(a, model.byType());
      bars.add(new ReadinessSvg.Bar(a.key(), area, i.shareMet(), i.targetShare(),
          t("readiness.html.barTip", area, text.percent(i.shareMet()), i.met(), i.assessed(), text.percent(i.targetShare()))));
      rows.add(new String[] {a.key(), area, String.valueOf(i.assessed()), String.valueOf(i.met()), text.percent(i.shareMet()),
          text.percent(i.targetShare()), t(Boolean.TRUE.equals(i.targetMet()) ? "readiness.yes" : "readiness.no")});
    }
    if (bars.isEmpty()) {
      b.append("<p class=\"note\">").append(esc(t("readiness.html.noneAssessed"))).append("</p></div></section>\n");
      return;
    }
    b.append(ReadinessSvg.chart("chart-" + id, t("readiness.html.chartTitle", name), t("readiness.html.chartDesc." + view()), bars, 100, " %"));
    b.append("<table class=\"data\" id=\"data-").append(esc(id)).append("\"><caption>").append(esc(t("readiness.html.chartTitle", name)))
        .append("</caption><thead><tr>");
    for (String col : new String[] {"area." + view(), "assessed", "met", "shareMet", "targetShare", "targetReached"}) {
      b.append("<th>").append(esc(t("readiness.col." + col))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (String[] r : rows) {
      b.append("<tr data-key=\"").append(esc(r[0])).append("\"><td>").append(esc(r[1])).append("</td>");
      for (int c = 2; c < r.length; c++) {
        b.append("<td class=\"num\">").append(esc(r[c])).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div></section>\n");
  }

  private void libraries(StringBuilder b) {
    b.append("<h2>").append(esc(t("readiness.html.libraries"))).append("</h2>\n<table id=\"libraries\"><thead><tr>");
    for (String col : new String[] {"isil", "name", "area." + view(), "type", "score", "band"}) {
      b.append("<th>").append(esc(t("readiness.col." + col))).append("</th>");
    }
    for (Indicator i : model.criteria().indicators()) {
      b.append("<th title=\"").append(esc(i.text().in(text.locale()))).append("\"><code>").append(esc(i.id())).append("</code></th>");
    }
    b.append("</tr></thead><tbody>\n");
    for (LibraryScore s : model.scores()) {
      String area = model.byType() ? text.type(s.type()) : province(s.provinceCode());
      b.append("<tr data-isil=\"").append(esc(s.isil())).append("\"><td>").append(esc(s.isil())).append("</td><td class=\"name\">")
          .append(esc(model.name(s.isil()))).append("</td><td>").append(esc(area)).append("</td><td>").append(esc(text.type(s.type())))
          .append("</td><td class=\"num\">").append(esc(s.answered() ? text.score(s.score()) : t("readiness.notAnswered")))
          .append("</td><td class=\"").append(s.band() == null ? "" : s.band().name()).append("\">").append(esc(text.band(s.band()))).append("</td>");
      for (Indicator i : model.criteria().indicators()) {
        IndicatorResult r = s.indicator(i.id()).orElse(null);
        b.append("<td>").append(r == null ? "" : esc(text.status(r) + (r.value() == null ? "" : " (" + text.value(r) + ")"))).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  private String province(String code) {
    return code == null ? t("readiness.unplaced")
        : vn.libnet.core.model.Province.byCode(code).map(vn.libnet.core.model.Province::name).orElse(code);
  }

  private String view() {
    return model.byType() ? "type" : "province";
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append("<tr><th>").append(esc(label)).append("</th><td class=\"num\">").append(esc(value)).append("</td></tr>");
  }

  private String t(String key, Object... args) {
    return text.t(key, args);
  }

  private static String esc(String s) {
    return HtmlReport.esc(s);
  }
}
