package vn.libnet.marc.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the MARCXML that yaz-marcdump wrote (the recorded fixtures, gzip). Not an XML parser on purpose:
 * yaz writes what it read even when that is not well-formed XML (a raw control character, a subfield code
 * that is a whole multi-byte character), and the test must see exactly that. yaz's output is regular: one
 * element per line, attributes in a fixed order, double quotes. XML comments inside a record are yaz's
 * warnings about that record; comments between records say why yaz skipped bytes or stopped reading.
 */
final class YazMarcXml {
  private static final Pattern TOKEN =
      Pattern.compile(
          "<!--(.*?)-->"
              + "|<record>|</record>"
              + "|<leader>(.*?)</leader>"
              + "|<controlfield tag=\"([^\"]*)\">(.*?)</controlfield>"
              + "|<datafield tag=\"([^\"]*)\"((?: ind[0-9]+=\"[^\"]*\")*)>"
              + "|</datafield>"
              + "|<subfield code=\"([^\"]*)\">(.*?)</subfield>",
          Pattern.DOTALL);
  private static final Pattern INDICATOR = Pattern.compile(" ind([0-9]+)=\"([^\"]*)\"");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");

  /** yaz's reading of one file: its records, and its remarks that belong to no record. */
  record Reading(List<CorpusRecord> records, List<String> fileNotes) {}

  private YazMarcXml() {}

  static Reading read(Path gz) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Reading parse(String xml) {
    List<CorpusRecord> records = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Matcher m = TOKEN.matcher(xml);
    boolean inRecord = false;
    String leader = "";
    List<CorpusRecord.Field> fields = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String dfTag = null, ind1 = null, ind2 = null;
    List<CorpusRecord.Sub> subs = null;
    while (m.find()) {
      String t = m.group();
      if (m.group(1) != null) {
        String note = m.group(1).strip();
        if (inRecord) {
          warnings.add(note);
        } else {
          notes.add("before record " + (records.size() + 1) + ": " + note);
        }
      } else if (t.equals("<record>")) {
        inRecord = true;
        leader = "";
        fields = new ArrayList<>();
        warnings = new ArrayList<>();
      } else if (t.equals("</record>")) {
        if (inRecord) {
          records.add(new CorpusRecord(leader, fields, warnings));
        }
        inRecord = false;
      } else if (m.group(2) != null) {
        leader = unescape(m.group(2));
      } else if (m.group(3) != null) {
        fields.add(CorpusRecord.Field.control(unescape(m.group(3)), unescape(m.group(4))));
      } else if (m.group(5) != null) {
        dfTag = unescape(m.group(5));
        // yaz writes as many indicators as Leader/10 says (ind3 and more when it is not 2), and none when
        // a MARCXML input had none; a missing one reads as blank, extra ones are kept after the second
        ind1 = " ";
        ind2 = " ";
        StringBuilder extra = new StringBuilder();
        Matcher ind = INDICATOR.matcher(m.group(6));
        while (ind.find()) {
          String v = unescape(ind.group(2));
          switch (ind.group(1)) {
            case "1" -> ind1 = v;
            case "2" -> ind2 = v;
            default -> extra.append(v);
          }
        }
        ind2 = ind2 + extra;
        subs = new ArrayList<>();
      } else if (t.equals("</datafield>")) {
        if (dfTag != null) {
          fields.add(new CorpusRecord.Field(dfTag, null, ind1, ind2, subs));
        }
        dfTag = null;
      } else if (m.group(7) != null && subs != null) {
        subs.add(new CorpusRecord.Sub(unescape(m.group(7)), unescape(m.group(8))));
      }
    }
    return new Reading(records, notes);
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      switch (e) {
        case "lt" -> r = "<";
        case "gt" -> r = ">";
        case "amp" -> r = "&";
        case "quot" -> r = "\"";
        case "apos" -> r = "'";
        default -> r = Character.toString(
            e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
      }
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    m.appendTail(b);
    return b.toString();
  }
}
