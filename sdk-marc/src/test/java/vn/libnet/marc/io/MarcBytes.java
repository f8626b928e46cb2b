package vn.libnet.marc.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.marc.internal.SyntheticRecords;

/** Builders of MARC test input: canonical ISO 2709 bytes, and records with chosen raw bytes. */
final class MarcBytes {
  static final MarcFactory F = MarcFactory.newInstance();

  private MarcBytes() {}

  static List<Record> synthetic(int n) {
    List<Record> out = new ArrayList<>();
    SyntheticRecords.clean().iterator(n).forEachRemaining(s -> out.add(s.record()));
    return out;
  }

  /** ISO 2709 as marc4j writes it in UTF-8. */
  static byte[] iso(List<Record> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MarcStreamWriter w = new MarcStreamWriter(out, "UTF-8");
    records.forEach(w::write);
    w.close();
    return out.toByteArray();
  }

  /**
   * One ISO 2709 record whose 245 $a holds exactly {@code raw} bytes, with Leader/09 as given: the way
   * legacy systems wrote TCVN3 or VNI into "MARC-8" or "UTF-8" records.
   */
  static byte[] withRawTitle(String controlNumber, byte[] raw, char leader09) {
    Record r = F.newRecord("00000nam a2200000 a 4500");
    r.getLeader().setCharCodingScheme(leader09);
    r.addVariableField(F.newControlField("001", controlNumber));
    DataField f = F.newDataField("245", '1', '0');
    // ISO-8859-1 maps each char to one byte, so the string carries the raw bytes through the writer.
    f.addSubfield(F.newSubfield('a', new String(raw, StandardCharsets.ISO_8859_1)));
    r.addVariableField(f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MarcStreamWriter w = new MarcStreamWriter(out, "ISO-8859-1");
    w.write(r);
    w.close();
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] resource(String name) {
    try (InputStream in = MarcBytes.class.getResourceAsStream("/marc/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The byte offsets at which each record of canonical ISO 2709 starts. */
  static List<Integer> offsets(byte[] iso) {
    List<Integer> starts = new ArrayList<>();
    int i = 0;
    while (i < iso.length) {
      starts.add(i);
      i += Integer.parseInt(new String(iso, i, 5, StandardCharsets.US_ASCII));
    }
    return starts;
  }
}
