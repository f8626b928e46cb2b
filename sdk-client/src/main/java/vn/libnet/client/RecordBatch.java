package vn.libnet.client;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.marc4j.marc.Record;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;

/**
 * A batch of MARC 21 records to contribute to the union catalogue, serialised in one of the media types
 * the hub accepts: MARCXML ({@code application/marcxml+xml}, RFC 6207), ISO 2709 ({@code
 * application/marc}, RFC 2220) or MARC-in-JSON ({@code application/json}). Holdings travel in the
 * records' 852 fields. Immutable.
 */
public final class RecordBatch {
  private final byte[] body;
  private final MarcFormat format;
  private final int size;

  private RecordBatch(byte[] body, MarcFormat format, int size) {
    this.body = body;
    this.format = format;
    this.size = size;
  }

  /** The records as MARCXML. */
  public static RecordBatch of(List<Record> records) {
    return of(records, MarcFormat.MARCXML);
  }

  /**
   * The records in {@code format}.
   *
   * @throws IllegalArgumentException for MRK, which the hub does not accept
   * @throws vn.libnet.marc.io.MarcWriteException when a record cannot be written in the format
   */
  public static RecordBatch of(List<Record> records, MarcFormat format) {
    mediaType(format);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, format)) {
      records.forEach(w::write);
    }
    return new RecordBatch(out.toByteArray(), format, records.size());
  }

  /**
   * Records already serialised, e.g. a file read as it is; the hub reports each record's outcome.
   *
   * @throws IllegalArgumentException for MRK, which the hub does not accept
   */
  public static RecordBatch ofBytes(byte[] serialised, MarcFormat format) {
    mediaType(format);
    return new RecordBatch(serialised.clone(), Objects.requireNonNull(format), -1);
  }

  /** The serialisation. */
  public MarcFormat format() {
    return format;
  }

  /** How many records, or -1 when the batch was given as bytes. */
  public int size() {
    return size;
  }

  /** The media type of the body. */
  public String mediaType() {
    return mediaType(format);
  }

  byte[] body() {
    return body;
  }

  RequestBody requestBody() {
    return RequestBody.create(body, MediaType.get(mediaType()));
  }

  static String mediaType(MarcFormat format) {
    return format.mediaType().orElseThrow(
        () -> new IllegalArgumentException("The hub accepts MARCXML, ISO 2709 and MARC-in-JSON, not " + format));
  }
}
