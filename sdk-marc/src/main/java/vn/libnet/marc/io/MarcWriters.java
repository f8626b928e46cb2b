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
        return new MrkRecordWriter(buffered);
      default:
        throw new IllegalStateException("unhandled format " + format);
    }
  }
}
