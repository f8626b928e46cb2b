package vn.libnet.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.marc4j.marc.Record;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.Versioned;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.Library;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;

/**
 * Data a test puts in the hub directly: the same write path as a verified request (validation, the log,
 * an idempotency record under a fresh key), without HTTP or a signature.
 */
final class HubSeeds {
  private final HubWrites writes;
  private final String adminKeyId;
  private final Clock clock;

  HubSeeds(HubWrites writes, String adminKeyId, Clock clock) {
    this.writes = writes;
    this.adminKeyId = adminKeyId;
    this.clock = clock;
  }

  Versioned<Library> library(Library library) {
    Answer a = write("PUT", "/v1/libraries/" + library.isil(), "application/json", json(library), adminKeyId);
    return new Versioned<>(read(a, Library.class), a.headers().get("ETag"));
  }

  ContributionResult records(String isil, List<Record> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, MarcFormat.MARCXML)) {
      records.forEach(w::write);
    }
    return read(write("POST", "/v1/catalog/records", "application/marcxml+xml", out.toByteArray(), isil + "#seed"), ContributionResult.class);
  }

  private Answer write(String method, String path, String type, byte[] body, String keyId) {
    String signer = keyId.substring(0, keyId.indexOf('#'));
    Call call = new Call(method, path, Map.of(), type, body, signer, keyId.equals(adminKeyId), null, clock.instant());
    Answer a = writes.apply(call, keyId, "seed-" + UUID.randomUUID(), path);
    if (a.status() >= 400) {
      throw new IllegalArgumentException("The hub refused the seed " + method + " " + path + ": " + new String(a.body(), StandardCharsets.UTF_8));
    }
    return a;
  }

  private static byte[] json(Object value) {
    try {
      return LibnetJson.mapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static <T> T read(Answer a, Class<T> type) {
    try {
      return LibnetJson.mapper().readValue(a.body(), type);
    } catch (IOException e) {
      throw new IllegalStateException("The hub's own answer does not read as " + type.getSimpleName(), e);
    }
  }
}
