package vn.libnet.client.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;

/** MARCXML held as a string (a protocol record's metadata) read by sdk-marc. Internal: not part of the SDK's API. */
public final class MarcXml {
  private MarcXml() {}

  /**
   * Each MARC record of {@code xml} with its issues, {@code extra} (what a protocol reader repaired) added
   * to the first. Damage is reported as {@code options} say.
   *
   * @throws vn.libnet.marc.io.MarcReadException in strict mode, when the MARCXML is damaged
   */
  public static List<MarcRead> read(String xml, ReadOptions options, List<ValidationIssue> extra) {
    List<MarcRead> reads = new ArrayList<>();
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    try (MarcRecordReader reader = MarcReaders.open(new ByteArrayInputStream(bytes), MarcFormat.MARCXML, options)) {
      reader.forEachRemaining(reads::add);
    }
    if (!reads.isEmpty() && !extra.isEmpty()) {
      MarcRead first = reads.get(0);
      List<ValidationIssue> all = new ArrayList<>(extra);
      all.addAll(first.issues());
      reads.set(0, new MarcRead(first.number(), first.offset(), first.line(), first.record(), all));
    }
    return reads;
  }
}
