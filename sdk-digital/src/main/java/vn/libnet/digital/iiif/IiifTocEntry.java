package vn.libnet.digital.iiif;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a table of contents, which becomes a Range of the manifest's {@code structures}.
 *
 * @param label the entry's title, e.g. "Chương 1"
 * @param canvases the canvases it covers, by position counted from 1, in order
 */
public record IiifTocEntry(String label, List<Integer> canvases) {
  /** Checks the label and copies the positions. */
  public IiifTocEntry {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("A table of contents entry needs a label");
    }
    label = label.strip();
    canvases = List.copyOf(canvases);
  }

  /** A line of a table of contents that could not be read. */
  public static final class BadLine extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;

    BadLine(int line, String text) {
      super("Line " + line + " of the table of contents is not LABEL<TAB>PAGES: " + text);
      this.line = line;
    }

    /** The number of the line, from 1. */
    public int line() {
      return line;
    }
  }

  /**
   * Reads a table of contents as tab-separated lines {@code LABEL<TAB>PAGES}, PAGES being positions and
   * ranges such as {@code 1-3, 5 7}; blank lines and lines starting with {@code #} are skipped.
   *
   * @throws BadLine at the first line that is not of that form
   * @throws IOException when {@code in} cannot be read
   */
  public static List<IiifTocEntry> parse(Reader in) throws IOException {
    List<IiifTocEntry> out = new ArrayList<>();
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0 || line.substring(0, tab).isBlank()) {
        throw new BadLine(number, line);
      }
      out.add(new IiifTocEntry(line.substring(0, tab), pages(line.substring(tab + 1), number, line)));
    }
    return out;
  }

  private static List<Integer> pages(String spec, int number, String line) {
    List<Integer> pages = new ArrayList<>();
    for (String part : spec.strip().split("[,\\s]+")) {
      if (!part.matches("\\d{1,6}(-\\d{1,6})?")) {
        throw new BadLine(number, line);
      }
      String[] ends = part.split("-");
      int from = Integer.parseInt(ends[0]);
      int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
      if (from < 1 || to < from) {
        throw new BadLine(number, line);
      }
      for (int p = from; p <= to; p++) {
        pages.add(p);
      }
    }
    return pages;
  }
}
