package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.libnet.core.model.Province;
import vn.libnet.core.readiness.criteria.Indicator;
import vn.libnet.core.readiness.criteria.IndicatorUnit;
import vn.libnet.core.readiness.scoring.IndicatorAggregate;
import vn.libnet.core.readiness.scoring.IndicatorResult;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.scoring.ReadinessBand;

/**
 * {@code libnet readiness report --format xlsx}: the workbook provincial departments work in (Apache POI),
 * one sheet per view: the summary, one row per area (every province of 2025, or every library type), one
 * row per library, one row per indicator and area. Values only, no formula; numbers are numeric cells,
 * shares fractions shown as percentages, scores with three decimals; headers in the chosen language
 * (Vietnamese by default) on a frozen first row; column widths from the longest value.
 */
final class ReadinessXlsx {
  private final ReadinessReportModel model;
  private final ReadinessText text;
  private final XSSFWorkbook book = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle percent;
  private final CellStyle score;

  ReadinessXlsx(ReadinessReportModel model, ReadinessText text) {
    this.model = model;
    this.text = text;
    header = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setWrapText(true);
    percent = book.createCellStyle();
    percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
    score = book.createCellStyle();
    score.setDataFormat(book.createDataFormat().getFormat("0.000"));
  }

  /** Writes the workbook to {@code out}, which is left open. */
  void write(OutputStream out) throws IOException {
    summary();
    areas();
    libraries();
    indicators();
    book.write(out);
    book.close();
  }

  private void summary() {
    Table s = new Table(t("readiness.sheet.summary"), t("readiness.col.item"), t("readiness.col.value"));
    ReadinessAggregate all = model.overall();
    s.row(t("readiness.col.criteria"), model.criteria().title().in(text.locale()) + " (" + model.criteria().key() + ")");
    s.row(t("readiness.col.decision"), model.criteria().decision());
    s.row(t("readiness.col.view"), t("readiness.html.areas." + view()));
    s.row(t("readiness.col.files"), String.join(", ", model.files()));
    s.row(t("readiness.col.libraries"), all.libraries());
    s.row(t("readiness.col.answered"), all.answered());
    s.row(t("readiness.col.notAnswered"), all.notAnswered().size());
    s.next().text(t("readiness.col.meanScore")).score(all.meanScore());
    for (ReadinessBand band : ReadinessBand.values()) {
      s.row(t("readiness.col.bandCount", text.band(band)), all.bands().get(band));
    }
    s.finish();
  }

  private void areas() {
    List<String> heads = new ArrayList<>(List.of(t("readiness.col.code"), t("readiness.col.area." + view()), t("readiness.col.libraries"),
        t("readiness.col.answered"), t("readiness.col.notAnswered"), t("readiness.col.meanScore")));
    for (ReadinessBand band : ReadinessBand.values()) {
      heads.add(t("readiness.col.bandCount", text.band(band)));
    }
    model.criteria().indicators().forEach(i -> heads.add(t("readiness.col.shareOf", i.id())));
    heads.add(t("readiness.col.notAnsweredIsils"));
    Table s = new Table(t("readiness.sheet.areas." + view()), heads.toArray(String[]::new));
    for (ReadinessAggregate a : model.areas()) {
      Table r = s.next().text(a.key()).text(text.area(a, model.byType())).number(a.libraries()).number(a.answered())
          .number(a.notAnswered().size()).score(a.meanScore());
      for (ReadinessBand band : ReadinessBand.values()) {
        r.number(a.bands().get(band));
      }
      for (Indicator i : model.criteria().indicators()) {
        r.percent(a.indicator(i.id()).map(IndicatorAggregate::shareMet).orElse(null));
      }
      r.text(String.join(", ", a.notAnswered()));
    }
    s.finish();
  }

  private void libraries() {
    List<String> heads = new ArrayList<>(List.of(t("readiness.col.isil"), t("readiness.col.name"), t("readiness.col.code"),
        t("readiness.col.area.province"), t("readiness.col.type"), t("readiness.col.answered"), t("readiness.col.score"),
        t("readiness.col.band")));
    for (Indicator i : model.criteria().indicators()) {
      heads.add(t("readiness.col.valueOf", i.id()));
      heads.add(t("readiness.col.statusOf", i.id()));
    }
    Table s = new Table(t("readiness.sheet.libraries"), heads.toArray(String[]::new));
    for (LibraryScore l : model.scores()) {
      String province = l.provinceCode() == null ? "" : Province.byCode(l.provinceCode()).map(Province::name).orElse("");
      Table r = s.next().text(l.isil()).text(model.name(l.isil())).text(l.provinceCode()).text(province).text(text.type(l.type()))
          .text(t(l.answered() ? "readiness.yes" : "readiness.no")).score(l.score()).text(l.band() == null ? "" : text.band(l.band()));
      for (Indicator i : model.criteria().indicators()) {
        IndicatorResult res = l.indicator(i.id()).orElse(null);
        if (res == null) {
          r.text("").text("");
        } else if (res.value() == null || res.unit() == IndicatorUnit.YES_NO) {
          r.text(res.value() == null ? "" : text.value(res)).text(text.status(res));
        } else if (res.unit() == IndicatorUnit.SHARE) {
          r.percent(res.value()).text(text.status(res));
        } else {
          r.number(res.value()).text(text.status(res));
        }
      }
    }
    s.finish();
  }

  private void indicators() {
    Table s = new Table(t("readiness.sheet.indicators"), t("readiness.col.indicator"), t("readiness.col.indicatorText"),
        t("readiness.col.code"), t("readiness.col.area." + view()), t("readiness.col.applicable"), t("readiness.col.assessed"),
        t("readiness.col.met"), t("readiness.col.shareMet"), t("readiness.col.targetShare"), t("readiness.col.targetReached"));
    List<ReadinessAggregate> rows = new ArrayList<>(model.areas());
    rows.add(model.overall());
    for (Indicator indicator : model.criteria().indicators()) {
      for (ReadinessAggregate a : rows) {
        IndicatorAggregate i = a.indicator(indicator.id()).orElseThrow();
        String area = a == model.overall() ? t("readiness.all") : text.area(a, model.byType());
        s.next().text(indicator.id()).text(indicator.text().in(text.locale())).text(a.key()).text(area).number(i.applicable())
            .number(i.assessed()).number(i.met()).percent(i.shareMet()).percent(i.shareMet() == null ? null : i.targetShare())
            .text(i.targetMet() == null ? "" : t(i.targetMet() ? "readiness.yes" : "readiness.no"));
      }
    }
    s.finish();
  }

  private String view() {
    return model.byType() ? "type" : "province";
  }

  private String t(String key, Object... args) {
    return text.t(key, args);
  }

  /** One sheet being filled: a bold, frozen header row, then rows of cells; widths from the longest value. */
  private final class Table {
    private final Sheet sheet;
    private final List<Integer> widths = new ArrayList<>();
    private Row row;
    private int column;

    Table(String name, String... heads) {
      sheet = book.createSheet(name);
      row = sheet.createRow(0);
      for (String h : heads) {
        Cell c = cell(h.length());
        c.setCellValue(h);
        c.setCellStyle(header);
      }
      sheet.createFreezePane(0, 1);
    }

    Table next() {
      row = sheet.createRow(sheet.getLastRowNum() + 1);
      column = 0;
      return this;
    }

    void row(String label, Object value) {
      next().text(label);
      if (value instanceof Number n) {
        number(n.doubleValue());
      } else {
        text(String.valueOf(value));
      }
    }

    Table text(String v) {
      cell(v == null ? 0 : v.length()).setCellValue(v == null ? "" : v);
      return this;
    }

    Table number(double v) {
      cell(10).setCellValue(v);
      return this;
    }

    Table percent(Double share) {
      Cell c = cell(8);
      if (share != null) {
        c.setCellValue(share / 100);
        c.setCellStyle(percent);
      }
      return this;
    }

    Table score(Double v) {
      Cell c = cell(8);
      if (v != null) {
        c.setCellValue(v);
        c.setCellStyle(score);
      }
      return this;
    }

    private Cell cell(int length) {
      if (widths.size() <= column) {
        widths.add(8);
      }
      widths.set(column, Math.max(widths.get(column), Math.min(length + 2, 60)));
      return row.createCell(column++);
    }

    void finish() {
      for (int i = 0; i < widths.size(); i++) {
        sheet.setColumnWidth(i, widths.get(i) * 256);
      }
    }
  }
}
