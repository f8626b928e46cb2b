package vn.libnet.digital.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of a file read from its content (its magic bytes: TIFF, JPEG, JPEG 2000, PNG, PDF and the
 * rest of Apache Tika's registry), beside the one its name claims, so that a scan named {@code .tif} that
 * is a JPEG is caught. Only the first bytes of a file are read. Thread-safe.
 */
public final class MediaTypes {
  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
  private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

  private MediaTypes() {}

  /**
   * What a file is, by content and by name.
   *
   * @param byContent the type its bytes show ({@code application/octet-stream} when none is recognised)
   * @param byName the type its extension claims ({@code application/octet-stream} for none or an unknown one)
   */
  public record Detection(String byContent, String byName) {
    /** Requires both parts. */
    public Detection {
      Objects.requireNonNull(byContent, "byContent");
      Objects.requireNonNull(byName, "byName");
    }

    /**
     * Whether the name lies: it claims a type, the content shows another, and neither is a kind of the
     * other (a name of {@code .xml} for {@code application/tei+xml} content does not lie).
     */
    public boolean extensionLies() {
      if (byName.equals(MediaType.OCTET_STREAM.toString()) || byContent.equals(MediaType.OCTET_STREAM.toString())) {
        return false;
      }
      MediaType c = MediaType.parse(byContent);
      MediaType n = MediaType.parse(byName);
      return !c.equals(n) && !REGISTRY.isSpecializationOf(c, n) && !REGISTRY.isSpecializationOf(n, c);
    }
  }

  /**
   * Reads the start of {@code file} and looks at its name.
   *
   * @throws IOException when the file cannot be read
   */
  public static Detection detect(Path file) throws IOException {
    try (InputStream in = TikaInputStream.get(file)) {
      return detect(in, file.getFileName().toString());
    }
  }

  /**
   * Reads the start of {@code in} (which must support mark and reset, or is wrapped so) for a file named
   * {@code name}; {@code in} is not closed.
   *
   * @throws IOException when reading fails
   */
  public static Detection detect(InputStream in, String name) throws IOException {
    InputStream marked = in.markSupported() ? in : new java.io.BufferedInputStream(in);
    MediaType content = TYPES.detect(marked, new Metadata());
    Metadata named = new Metadata();
    named.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    MediaType byName = TYPES.detect(null, named);
    return new Detection(content.getBaseType().toString(), byName.getBaseType().toString());
  }
}
