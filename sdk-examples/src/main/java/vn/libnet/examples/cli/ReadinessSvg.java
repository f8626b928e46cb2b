package vn.libnet.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * The bar charts of the readiness report as inline SVG, with no script: each bar a {@code rect.bar}
 * carrying its key and value ({@code data-key}, {@code data-value}) and a {@code <title>}, an optional target
 * line per bar ({@code line.target}), the labels under the bars. Accessible: {@code role="img"} labelled by
 * the chart's {@code <title>} and {@code <desc>}; the page puts a table of the same numbers beside it.
 * Every text from the input is escaped.
 */
final class ReadinessSvg {
  /** The height of the plot for the largest value (100 % for shares). */
  static final int PLOT = 200;
  static final int SLOT = 28;
  static final int BAR = 18;
  private static final int LEFT = 44;
  private static final int TOP = 12;
  private static final int LABELS = 120;

  /** One bar: its key, label, value, the target (null for none) and the text of its tooltip. */
  record Bar(String key, String label, double value, Double target, String tooltip) {}

  private ReadinessSvg() {}

  /** The bar's height for {@code value} when {@code max} fills the plot, rounded to 0.1 px. */
  static double height(double value, double max) {
    return max <= 0 ? 0 : Math.round(value / max * PLOT * 10) / 10.0;
  }

  /**
   * A chart of {@code bars}, {@code max} filling the plot; {@code unit} follows the axis numbers ("%" or
   * nothing).
   */
  static String chart(String id, String title, String desc, List<Bar> bars, double max, String unit) {
    int width = LEFT + Math.max(bars.size(), 1) * SLOT + 16;
    int height = TOP + PLOT + LABELS;
    StringBuilder b = new StringBuilder(1024 + bars.size() * 400);
    b.append("<svg class=\"chart\" id=\"").append(esc(id)).append("\" role=\"img\" width=\"")
        .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" aria-labelledby=\"").append(esc(id)).append("-title ").append(esc(id)).append("-desc\">")
        .append("<title id=\"").append(esc(id)).append("-title\">").append(esc(title)).append("</title>")
        .append("<desc id=\"").append(esc(id)).append("-desc\">").append(esc(desc)).append("</desc>\n");
    for (int tick = 0; tick <= 4; tick++) {
      double v = max * tick / 4;
      double y = TOP + PLOT - height(v, max);
      b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(width - 8).append("\" y1=\"").append(num(y))
          .append("\" y2=\"").append(num(y)).append("\"/><text class=\"axis\" x=\"").append(LEFT - 4).append("\" y=\"")
          .append(num(y + 4)).append("\" text-anchor=\"end\">").append(esc(axis(v) + unit)).append("</text>");
    }
    b.append('\n');
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double x = LEFT + i * SLOT + (SLOT - BAR) / 2.0;
      double h = height(bar.value(), max);
      b.append("<g class=\"item\"><rect class=\"bar\" data-key=\"").append(esc(bar.key())).append("\" data-value=\"")
          .append(num(bar.value())).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(TOP + PLOT - h))
          .append("\" width=\"").append(BAR).append("\" height=\"").append(num(h)).append("\"><title>").append(esc(bar.tooltip()))
          .append("</title></rect>");
      if (bar.target() != null) {
        double ty = TOP + PLOT - height(bar.target(), max);
        b.append("<line class=\"target\" data-value=\"").append(num(bar.target())).append("\" x1=\"").append(num(x - 4))
            .append("\" x2=\"").append(num(x + BAR + 4)).append("\" y1=\"").append(num(ty)).append("\" y2=\"").append(num(ty)).append("\"/>");
      }
      double lx = x + BAR / 2.0;
      double ly = TOP + PLOT + 10;
      b.append("<text class=\"label\" x=\"").append(num(lx)).append("\" y=\"").append(num(ly)).append("\" text-anchor=\"end\" transform=\"rotate(-55 ")
          .append(num(lx)).append(' ').append(num(ly)).append(")\">").append(esc(bar.label())).append("</text></g>\n");
    }
    return b.append("</svg>").toString();
  }

  /** A number for an attribute: one decimal, a point, whatever the page's language. */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String axis(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : num(v);
  }

  private static String esc(String s) {
    return HtmlReport.esc(s);
  }
}
