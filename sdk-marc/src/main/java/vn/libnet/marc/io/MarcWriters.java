package vn.libnet.marc.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Opens writers of MARC 21 records in any of the {@link MarcFormat}s, always in UTF-8. */
public final class MarcWriters {
  private MarcWriters() {}

  /** Writes to {@code file}, replacing it. */
  public static MarcRecordWriter open(Path file, MarcFormat format) {
    try {
      return open(Files.newOutputStream(file), format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes to {@code out}, which the writer closes. */
  public static MarcRecordWriter open(OutputStream out, MarcFormat format) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    switch (format) {
      case ISO2709:
        return new Iso2709RecordWriter(buffered);
      case MARCXML:
        return new MarcXmlRecordWriter(buffered);
      case MARC_JSON:
        return new MarcJsonRecordWriter(buffered);
      case MRK:
        return new MrkRecordWriter(buffered, false);
      default:
        throw new IllegalStateException("unhandled format " + format);
    }
  }

  /**
   * Writes the mnemonic text form (.mrk) as LC's MARCBreaker writes MARC-8 records, for MARCMaker and
   * MarcEdit users who need it: Leader/09 blank, every character MARC-8 has as LC's mnemonic ({@code
   * Ti{circ}{acute}eng Vi{dotb}{circ}et}), combining marks before their letter, and characters MARC-8
   * lacks as LC's lossless {@code &#xXXXX;}. Plain ASCII text. {@link MarcFormat#MRK} itself writes
   * UTF-8. Both are read back as the same records.
   */
  public static MarcRecordWriter openMrkMarc8(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new MrkRecordWriter(new BufferedOutputStream(out, 1 << 16), true);
  }

  /** {@link #openMrkMarc8(OutputStream)} to {@code file}, replacing it. */
  public static MarcRecordWriter openMrkMarc8(Path file) {
    try {
      return openMrkMarc8(Files.newOutputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
