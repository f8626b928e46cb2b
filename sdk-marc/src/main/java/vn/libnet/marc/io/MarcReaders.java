package vn.libnet.marc.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens readers of MARC 21 records in any of the {@link MarcFormat}s.
 *
 * <pre>{@code
 * try (MarcRecordReader reader = MarcReaders.open(path, null, ReadOptions.lenient())) {
 *   reader.forEachRemaining(read -> { if (read.readable()) use(read.record()); else log(read.issues()); });
 * }
 * }</pre>
 *
 * <p>Every reader streams with constant memory, gives records in UTF-8 with every value in NFC (MARC-8
 * converted, Leader/09 set to {@code a}) and reads MARCXML with DTDs and external entities off.
 */
public final class MarcReaders {
  private MarcReaders() {}

  /**
   * Opens {@code file}; a {@code null} format is detected from the first bytes.
   *
   * @throws UncheckedIOException when the file cannot be opened
   * @throws IllegalArgumentException when the format is not given and cannot be detected
   */
  public static MarcRecordReader open(Path file, MarcFormat format, ReadOptions options) {
    try {
      return open(Files.newInputStream(file), format, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads from {@code in}, which the reader closes; a {@code null} format is detected. */
  public static MarcRecordReader open(InputStream in, MarcFormat format, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    MarcFormat chosen = format != null ? format : detect(buffered);
    switch (chosen) {
      case ISO2709:
        return new Iso2709RecordReader(buffered, options);
      case MARCXML:
        return new MarcXmlRecordReader(buffered, options);
      case MARC_JSON:
        return new MarcJsonRecordReader(buffered, options);
      case MRK:
        return new MrkRecordReader(buffered, options);
      default:
        throw new IllegalStateException("unhandled format " + chosen);
    }
  }

  private static MarcFormat detect(BufferedInputStream in) {
    byte[] head = new byte[256];
    try {
      in.mark(head.length);
      int n = in.readNBytes(head, 0, head.length);
      in.reset();
      return MarcFormat.detect(head, n)
          .orElseThrow(() -> new IllegalArgumentException("Cannot tell the MARC format of the input from its first bytes; name it"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
