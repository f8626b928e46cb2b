package vn.libnet.digital.bagit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading tag files: lines in the bag's declared encoding, ended by LF, CR LF or CR (RFC 8493 §2.1.1). */
final class TagFiles {
  /** Larger tag files are refused unread: a manifest of a million files is about 150 MB. */
  static final long MAX_TAG_FILE_BYTES = 1L << 30;

  private TagFiles() {}

  /** A tag file's text could not be read in the declared encoding. */
  static final class Undecodable extends Exception {
    private static final long serialVersionUID = 1L;

    Undecodable() {
      super(null, null, false, false);
    }
  }

  /** The lines of {@code file}, without their ends; a BOM of the encoding is left in the first line for the caller to judge. */
  static List<String> lines(Path file, Charset encoding) throws IOException, Undecodable {
    if (Files.size(file) > MAX_TAG_FILE_BYTES) {
      throw new IOException("Tag file larger than " + MAX_TAG_FILE_BYTES + " bytes: " + file);
    }
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new Undecodable();
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
