package vn.libnet.marc.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.marc4j.MarcStreamReader;
import org.marc4j.MarcStreamWriter;
import org.marc4j.converter.impl.UnicodeToAnsel;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;

/**
 * A valid five-record file of one format whose third record is replaced by the fuzzer's bytes: two intact
 * records before the damage, two after. The intact records are real-shaped: the hand-made Vietnamese
 * fixture of {@code src/test/resources/marc/} (in UTF-8 and, for ISO 2709, in MARC-8 as YAZ wrote it) and
 * synthetic Vietnamese records, one of them written in MARC-8.
 *
 * @param format the format
 * @param prefix the bytes before the damage
 * @param suffix the bytes after it
 * @param separator written between the damage and the suffix (a blank line for MRK, a newline for
 *     MARC-in-JSON)
 * @param resynchronises whether the format's records are delimited without parser state, so that a reader
 *     can always find the record after a damaged one (ISO 2709 by its terminator, MRK by a blank line)
 * @param intact the four intact records, in file order
 * @param damage what the fuzzer's bytes become before they are framed (MARC-in-JSON keeps them on one line)
 */
record Framing(
    MarcFormat format,
    byte[] prefix,
    byte[] suffix,
    byte[] separator,
    boolean resynchronises,
    List<Intact> intact,
    Function<byte[], byte[]> damage) {

  /**
   * One intact record of the frame.
   *
   * @param name what it is, for failure messages
   * @param canonical its reading alone ({@link ReaderInvariants#canonical})
   * @param baselineCodes the issue codes it has when read alone (a MARC-8 conversion, say); only other
   *     issues count as a report of damage
   */
  record Intact(String name, String canonical, Set<String> baselineCodes) {}

  byte[] file(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix);
    out.writeBytes(damage.apply(data));
    out.writeBytes(separator);
    out.writeBytes(suffix);
    return out.toByteArray();
  }

  private static final String XML_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n";
  private static final String XML_TAIL = "</collection>\n";

  static Framing iso2709() {
    byte[] r1 = iso(synthetic(1), false);
    byte[] r2 = fixture("vietnamese-utf8.mrc");
    byte[] r4 = fixture("vietnamese-marc8.mrc");
    byte[] r5 = iso(synthetic(2), true);
    return build(MarcFormat.ISO2709, new byte[0], new byte[0], new byte[0], true, d -> d,
        List.of("synthetic UTF-8", "fixture UTF-8", "fixture MARC-8", "synthetic MARC-8"), r1, r2, r4, r5);
  }

  static Framing marcXml() {
    List<byte[]> r = new ArrayList<>();
    for (Record rec : List.of(synthetic(1), fixtureRecord(), synthetic(2), synthetic(3))) {
      String xml = new String(write(MarcFormat.MARCXML, rec), StandardCharsets.UTF_8);
      int start = xml.indexOf("<record");
      int end = xml.lastIndexOf("</record>") + "</record>".length();
      r.add((xml.substring(start, end) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return build(MarcFormat.MARCXML, XML_HEAD.getBytes(StandardCharsets.UTF_8), XML_TAIL.getBytes(StandardCharsets.UTF_8),
        "\n".getBytes(StandardCharsets.UTF_8), false, d -> d,
        List.of("synthetic 1", "fixture", "synthetic 2", "synthetic 3"), r.get(0), r.get(1), r.get(2), r.get(3));
  }

  static Framing marcJson() {
    List<byte[]> r = new ArrayList<>();
    for (Record rec : List.of(synthetic(1), fixtureRecord(), synthetic(2), synthetic(3))) {
      String json = new String(write(MarcFormat.MARC_JSON, rec), StandardCharsets.UTF_8).strip();
      // the writer gives a one-element array with the record on its own line: keep that line
      json = json.substring(1, json.length() - 1).strip();
      r.add((json + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Function<byte[], byte[]> oneLine = d -> {
      byte[] c = d.clone();
      for (int i = 0; i < c.length; i++) {
        if (c[i] == '\n' || c[i] == '\r') {
          c[i] = ' ';
        }
      }
      return c;
    };
    return build(MarcFormat.MARC_JSON, new byte[0], new byte[0], "\n".getBytes(StandardCharsets.UTF_8), false, oneLine,
        List.of("synthetic 1", "fixture", "synthetic 2", "synthetic 3"), r.get(0), r.get(1), r.get(2), r.get(3));
  }

  static Framing mrk() {
    List<byte[]> r = new ArrayList<>();
    for (Record rec : List.of(synthetic(1), fixtureRecord(), synthetic(2), synthetic(3))) {
      r.add(write(MarcFormat.MRK, rec));
    }
    return build(MarcFormat.MRK, new byte[0], new byte[0], "\n\n".getBytes(StandardCharsets.UTF_8), true, d -> d,
        List.of("synthetic 1", "fixture", "synthetic 2", "synthetic 3"), r.get(0), r.get(1), r.get(2), r.get(3));
  }

  private static Framing build(
      MarcFormat format,
      byte[] head,
      byte[] tail,
      byte[] separator,
      boolean resync,
      Function<byte[], byte[]> damage,
      List<String> names,
      byte[] r1,
      byte[] r2,
      byte[] r4,
      byte[] r5) {
    List<Intact> intact = new ArrayList<>();
    byte[][] bodies = {r1, r2, r4, r5};
    for (int k = 0; k < 4; k++) {
      byte[] alone = concat(head, bodies[k], tail);
      List<MarcRead> reads = ReaderInvariants.readLenient(format, alone);
      if (reads.size() != 1 || !reads.get(0).readable() || reads.get(0).hasErrors()) {
        throw new IllegalStateException(
            "the intact " + format + " record " + names.get(k) + " does not read cleanly alone: " + ReaderInvariants.describe(reads));
      }
      Set<String> codes = new HashSet<>();
      reads.get(0).issues().stream().filter(i -> i.severity() != Severity.ERROR).forEach(i -> codes.add(i.code()));
      intact.add(new Intact(names.get(k), ReaderInvariants.canonical(reads.get(0).record()), codes));
    }
    return new Framing(format, concat(head, r1, r2), concat(r4, r5, tail), separator, resync, List.copyOf(intact), damage);
  }

  private static Record synthetic(int n) {
    var it = SyntheticRecords.clean().iterator(n);
    Record last = null;
    while (it.hasNext()) {
      last = it.next().record();
    }
    return last;
  }

  private static byte[] fixture(String name) {
    try (InputStream in = Framing.class.getResourceAsStream("/marc/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The UTF-8 fixture as marc4j reads it, independent of the readers under test. */
  private static Record fixtureRecord() {
    MarcStreamReader reader =
        new MarcStreamReader(new java.io.ByteArrayInputStream(fixture("vietnamese-utf8.mrc")), "UTF-8");
    return reader.next();
  }

  private static byte[] iso(Record record, boolean marc8) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MarcStreamWriter w;
    if (marc8) {
      record.getLeader().setCharCodingScheme(' ');
      w = new MarcStreamWriter(out, "ISO-8859-1");
      w.setConverter(new UnicodeToAnsel());
    } else {
      w = new MarcStreamWriter(out, "UTF-8");
    }
    w.write(record);
    w.close();
    return out.toByteArray();
  }

  private static byte[] write(MarcFormat format, Record record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, format)) {
      w.write(record);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
