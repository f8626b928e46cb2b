package vn.libnet.marc.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * ISO 2709 records written byte by byte, independent of the reader under test and of marc4j, so that
 * a test can state exactly what is in the file: fields in any order, repeated control fields, raw
 * (legacy or MARC-8) bytes, and the directory damage real exporters produce.
 */
final class IsoBuilder {
  private final List<String> tags = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();
  private char leader09 = 'a';
  private boolean lengthsInCharacters;

  static IsoBuilder record() {
    return new IsoBuilder();
  }

  IsoBuilder leader09(char c) {
    leader09 = c;
    return this;
  }

  /** Directory lengths and starts counted in characters of the UTF-8 text, as some exporters do. */
  IsoBuilder lengthsInCharacters() {
    lengthsInCharacters = true;
    return this;
  }

  IsoBuilder control(String tag, String value) {
    return raw(tag, value.getBytes(StandardCharsets.UTF_8));
  }

  /** A data field: {@code subfields} alternate codes and UTF-8 values: "a", "Title", "c", "Author". */
  IsoBuilder data(String tag, String indicators, String... subfields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(indicators.getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < subfields.length; i += 2) {
      out.write(0x1F);
      out.writeBytes(subfields[i].getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(subfields[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return raw(tag, out.toByteArray());
  }

  /** A data field with one subfield of raw bytes. */
  IsoBuilder dataRaw(String tag, String indicators, char code, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(indicators.getBytes(StandardCharsets.US_ASCII));
    out.write(0x1F);
    out.write(code);
    out.writeBytes(value);
    return raw(tag, out.toByteArray());
  }

  /** A field whose content (without terminator) is exactly {@code content}. */
  IsoBuilder raw(String tag, byte[] content) {
    tags.add(tag);
    contents.add(content);
    return this;
  }

  byte[] build() {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    StringBuilder directory = new StringBuilder();
    int counted = 0;
    for (int i = 0; i < tags.size(); i++) {
      byte[] field = contents.get(i);
      int length = field.length + 1;
      if (lengthsInCharacters) {
        length = new String(field, StandardCharsets.UTF_8).length() + 1;
      }
      directory.append(tags.get(i)).append(String.format("%04d%05d", length, lengthsInCharacters ? counted : data.size()));
      counted += length;
      data.writeBytes(field);
      data.write(0x1E);
    }
    int base = 24 + directory.length() + 1;
    int total = base + data.size() + 1;
    String leader = String.format("%05dnam %c22%05d a 4500", total, leader09, base);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(leader.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(directory.toString().getBytes(StandardCharsets.US_ASCII));
    out.write(0x1E);
    out.writeBytes(data.toByteArray());
    out.write(0x1D);
    return out.toByteArray();
  }
}
