package vn.libnet.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.client.oai.OaiRecord;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.io.ReadOptions;

/**
 * The files of {@code libnet oai harvest} in its folder, written so that a harvest killed at any moment and
 * resumed holds every record once: the records ({@code records.xml|mrc|json|mrk} for MARC, {@code
 * records.jsonl} of {@code BibRecord}s for {@code oai_dc}), {@code identifiers.tsv} (one line per header) and
 * {@code issues.tsv} (one line per problem, records that could not be read among them). At the end of each
 * page the files are forced to disk and their lengths returned as the page's mark, which the harvest's
 * checkpoint keeps; a resume cuts the files back to the mark of the last page handed over whole. A MARC
 * collection's closing part ({@code </collection>}, {@code ]}) is written when the harvest finishes, and cut
 * off again when an incremental harvest adds to it.
 */
final class HarvestFiles implements AutoCloseable {
  static final String IDENTIFIERS = "identifiers.tsv";
  static final String ISSUES = "issues.tsv";

  private final MarcFormat format;
  private final Framing framing;
  private final FileChannel records;
  private final FileChannel identifiers;
  private final FileChannel issues;
  private long count;
  private long unreadable;

  /** How one format frames its records: the file's opening, what goes between two records, its closing. */
  private record Framing(byte[] head, byte[] between, byte[] tail) {}

  private HarvestFiles(Path dir, MarcFormat format) throws IOException {
    this.format = format;
    this.framing = format == null ? new Framing(new byte[0], new byte[0], new byte[0]) : framing(format);
    this.records = open(dir.resolve(recordsName(format)));
    this.identifiers = open(dir.resolve(IDENTIFIERS));
    this.issues = open(dir.resolve(ISSUES));
  }

  /** The records file's name: {@code records.EXT} for MARC in {@code format}, {@code records.jsonl} for oai_dc (null). */
  static String recordsName(MarcFormat format) {
    return format == null ? "records.jsonl" : "records." + format.extension();
  }

  /**
   * The files of {@code dir}, cut back to {@code mark} (empty: to nothing, as for a fresh harvest).
   *
   * @throws IOException when a file cannot be opened, or the mark is not one of these files'
   */
  static HarvestFiles open(Path dir, MarcFormat format, String mark) throws IOException {
    HarvestFiles f = new HarvestFiles(dir, format);
    Map<String, Long> m = parse(mark);
    f.cut(f.records, m.getOrDefault("records", 0L));
    f.cut(f.identifiers, m.getOrDefault("identifiers", 0L));
    f.cut(f.issues, m.getOrDefault("issues", 0L));
    f.count = m.getOrDefault("count", 0L);
    f.unreadable = m.getOrDefault("unreadable", 0L);
    if (f.records.size() == 0) {
      write(f.records, f.framing.head());
    }
    return f;
  }

  private void cut(FileChannel ch, long length) throws IOException {
    if (length > ch.size()) {
      throw new IOException("The harvest's files are shorter than its checkpoint says: they were changed or lost since");
    }
    ch.truncate(length);
    ch.position(length);
  }

  private static FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  private static Map<String, Long> parse(String mark) throws IOException {
    Map<String, Long> m = new LinkedHashMap<>();
    if (mark == null || mark.isBlank()) {
      return m;
    }
    for (String part : mark.split(";")) {
      String[] kv = part.split("=", 2);
      try {
        m.put(kv[0], Long.parseLong(kv[1]));
      } catch (RuntimeException e) {
        throw new IOException("Not a mark of libnet oai harvest: " + mark);
      }
    }
    return m;
  }

  /** Writes one record as the harvest's files hold it; returns false when its metadata could not be read. */
  boolean add(OaiRecord r) {
    try {
      write(identifiers, (OaiListIdentifiersCommand.tsv(r.header()) + "\n").getBytes(StandardCharsets.UTF_8));
      for (ValidationIssue i : r.issues()) {
        issue(r.header().identifier(), i.code(), i.message());
      }
      if (r.deleted()) {
        return true;
      }
      if (format == null) {
        var bib = r.bibRecord();
        if (bib.isEmpty()) {
          unreadable++;
          issue(r.header().identifier(), "OAI_DC_UNREADABLE", "no oai_dc metadata could be read");
          return false;
        }
        ObjectNode line = LibnetJson.mapper().createObjectNode().put("oaiIdentifier", r.header().identifier())
            .put("datestamp", r.header().datestamp());
        line.set("record", LibnetJson.mapper().valueToTree(bib.get()));
        write(records, (LibnetJson.mapper().writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
        count++;
        return true;
      }
      List<MarcRead> reads = r.marcRecords(ReadOptions.lenient());
      boolean ok = !reads.isEmpty();
      for (MarcRead read : reads) {
        for (ValidationIssue i : read.issues()) {
          issue(r.header().identifier(), i.code(), i.message());
        }
        if (!read.readable()) {
          ok = false;
          continue;
        }
        write(records, count == 0 ? body(read.record()) : concat(framing.between(), body(read.record())));
        count++;
      }
      if (!ok) {
        unreadable++;
        issue(r.header().identifier(), "OAI_MARC_UNREADABLE", reads.isEmpty() ? "no MARC record in the metadata" : "a MARC record could not be read");
      }
      return ok;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void issue(String identifier, String code, String message) throws IOException {
    write(issues, (clean(identifier) + "\t" + code + "\t" + clean(message) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
  }

  /** The page's end: everything forced to disk, and the mark of the files' state. */
  String mark() {
    try {
      records.force(false);
      identifiers.force(false);
      issues.force(false);
      return "records=" + records.position() + ";identifiers=" + identifiers.position() + ";issues=" + issues.position() + ";count=" + count
          + ";unreadable=" + unreadable;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records written so far, in every run of this folder. */
  long count() {
    return count;
  }

  /** Records whose metadata could not be read, in every run of this folder. */
  long unreadable() {
    return unreadable;
  }

  /** Closes the collection (after a finished harvest); a later run cuts it off again at its mark. */
  void finish() throws IOException {
    write(records, framing.tail());
    records.force(false);
  }

  @Override
  public void close() throws IOException {
    records.close();
    identifiers.close();
    issues.close();
  }

  private static void write(FileChannel ch, byte[] bytes) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  private byte[] body(Record r) {
    return body(format, framing, r);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * The format's framing: its file's opening, what goes between two records, its closing, as sdk-marc's
   * writers write them (a MARCXML collection, a MARC-in-JSON array; nothing around ISO 2709 and MRK records),
   * checked against the writer itself: two records framed so must be the writer's own file of the two.
   */
  private static Framing framing(MarcFormat format) {
    MarcFactory f = MarcFactory.newInstance();
    Record a = f.newRecord("00000nam a2200000 a 4500");
    a.addVariableField(f.newControlField("001", "a"));
    Record b = f.newRecord("00000nam a2200000 a 4500");
    b.addVariableField(f.newControlField("001", "b"));
    String one = new String(serialize(format, List.of(a)), StandardCharsets.UTF_8);
    Framing framing = switch (format) {
      case MARCXML -> new Framing(bytes(one.substring(0, one.indexOf("<record"))), new byte[0], bytes(one.substring(one.lastIndexOf("</collection>"))));
      case MARC_JSON -> new Framing(bytes("["), bytes(","), bytes("\n]\n"));
      default -> new Framing(new byte[0], new byte[0], new byte[0]);
    };
    byte[] framed = concat(concat(concat(framing.head(), body(format, framing, a)), concat(framing.between(), body(format, framing, b))),
        framing.tail());
    if (!java.util.Arrays.equals(framed, serialize(format, List.of(a, b)))) {
      throw new IllegalStateException("The " + format + " writer frames its records otherwise than libnet oai harvest expects");
    }
    return framing;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] body(MarcFormat format, Framing framing, Record r) {
    byte[] whole = serialize(format, List.of(r));
    return java.util.Arrays.copyOfRange(whole, framing.head().length, whole.length - framing.tail().length);
  }

  private static byte[] serialize(MarcFormat format, List<Record> recs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, format)) {
      recs.forEach(w::write);
    }
    return out.toByteArray();
  }
}
