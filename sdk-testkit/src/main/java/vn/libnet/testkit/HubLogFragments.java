package vn.libnet.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.testkit.HubLogRecovery.LostEntry;

/**
 * What can still be read of the entries in a removed byte range: each line's JSON is read token by token
 * (streaming, so a long body costs no memory) until it breaks, and only values whose tokens were read
 * whole are reported. Nothing is guessed; a line of which no known field reads yields nothing.
 */
final class HubLogFragments {
  private static final Set<String> FIELDS = Set.of("type", "method", "path", "signer", "idempotencyKey", "at", "status");
  private static final ObjectMapper JSON = LibnetJson.mapper();

  private HubLogFragments() {}

  static List<LostEntry> read(HubLogReader in, long offset, long length) throws IOException {
    List<LostEntry> found = new ArrayList<>();
    long end = offset + length;
    for (long line = offset; line < end; ) {
      long lineEnd = in.indexOfLineEnd(line);
      long stop = lineEnd < 0 || lineEnd >= end ? end : lineEnd;
      long brace = line;
      while (brace < stop && in.byteAt(brace) != '{') {
        brace++;
      }
      if (brace < stop) {
        LostEntry e = entry(in, brace, stop);
        if (e != null) {
          found.add(e);
        }
      }
      line = stop + 1;
    }
    return found;
  }

  private static LostEntry entry(HubLogReader in, long from, long to) {
    Map<String, String> values = new HashMap<>();
    List<String> recordIds = new ArrayList<>();
    try (JsonParser p = JSON.getFactory().createParser(new Range(in, from, to))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (FIELDS.contains(name) && value != null && value.isScalarValue()) {
          values.put(name, p.getText());
        } else if (name.equals("answer") && value == JsonToken.VALUE_STRING) {
          recordIds.addAll(recordIds(p.getBinaryValue()));
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException broken) {
      // the values read before the break stand; nothing after it is trusted
    }
    if (values.isEmpty() && recordIds.isEmpty()) {
      return null;
    }
    Integer status = null;
    try {
      status = values.containsKey("status") ? Integer.valueOf(values.get("status")) : null;
    } catch (NumberFormatException notANumber) {
      // reported without it
    }
    return new LostEntry(from, values.get("type"), values.get("method"), values.get("path"), values.get("signer"),
        values.get("idempotencyKey"), values.get("at"), status, recordIds);
  }

  private static List<String> recordIds(byte[] answer) {
    List<String> ids = new ArrayList<>();
    try {
      for (JsonNode o : JSON.readTree(answer).path("outcomes")) {
        if (o.path("recordId").isTextual()) {
          ids.add(o.path("recordId").asText());
        }
      }
    } catch (IOException unreadable) {
      return List.of();
    }
    return ids;
  }

  /** The bytes {@code [from, to)} of the log as a stream. */
  private static final class Range extends InputStream {
    private final HubLogReader in;
    private long at;
    private final long to;

    Range(HubLogReader in, long from, long to) {
      this.in = in;
      this.at = from;
      this.to = to;
    }

    @Override
    public int read() throws IOException {
      return at < to ? in.byteAt(at++) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (at >= to) {
        return -1;
      }
      int n = (int) Math.min(len, Math.min(to - at, 64 * 1024));
      System.arraycopy(in.read(at, n), 0, b, off, n);
      at += n;
      return n;
    }
  }
}
