package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.testkit.HubFixtures.HANOI;
import static vn.libnet.testkit.HubFixtures.HCM;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.Library;

/**
 * One scripted session over every resource of LibNet API v1, at the hub's dispatch: every answer (status,
 * media type, headers, body) must be exactly the one recorded in {@code hub-session.golden}, so that a
 * change of the hub's inner structure cannot change what it answers, how it numbers records, clusters
 * and changes, or the ETags and cursors it gives. After a deliberate change of behaviour, write the file
 * again with {@code -Dlibnet.golden.update=true} and review its diff.
 */
class HubStateSessionTest {
  private static final String GOLDEN = "hub-session.golden";
  private static final String ADMIN = "VN-LIBNET";
  // RFC 8037's example Ed25519 public key: a fixed key, so that the answers are the same on every run.
  private static final String JWK = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";
  private static final String SURVEY = "/v1/surveys/" + HubState.SURVEY_ID;

  private final StringBuilder transcript = new StringBuilder();
  private final HubState state = new HubState();
  private long clock;

  private void call(String method, String path, Map<String, String> query, String type, byte[] body, String signer, String ifMatch) {
    Call c = new Call(method, path, query, type, body, signer, ADMIN.equals(signer), ifMatch,
        Instant.parse("2026-03-01T00:00:00Z").plusSeconds(clock++));
    Answer a = state.dispatch(c);
    transcript.append("> ").append(method).append(' ').append(path).append(' ').append(query).append(' ').append(signer)
        .append(ifMatch == null ? "" : " If-Match " + ifMatch).append('\n');
    transcript.append("< ").append(a.status()).append(' ').append(a.contentType()).append(' ').append(new java.util.TreeMap<>(a.headers())).append('\n');
    transcript.append(new String(a.body(), StandardCharsets.UTF_8)).append("\n\n");
  }

  private void get(String path, String... query) {
    Map<String, String> q = new LinkedHashMap<>();
    for (int i = 0; i < query.length; i += 2) {
      q.put(query[i], query[i + 1]);
    }
    call("GET", path, q, "", null, null, null);
  }

  private void json(String method, String path, String signer, String ifMatch, String body) {
    call(method, path, Map.of(), "application/json", body.getBytes(StandardCharsets.UTF_8), signer, ifMatch);
  }

  private static String json(Object value) {
    try {
      return LibnetJson.mapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String example(String name) {
    try (InputStream in = Library.class.getResourceAsStream("/vn/libnet/core/examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void contribute(String signer, Map<String, String> query, List<Record> records) {
    call("POST", "/v1/catalog/records", query, "application/marcxml+xml", HubFixtures.marcxml(records), signer, null);
  }

  private void session() {
    String hanoi = "/v1/libraries/" + HANOI;
    get("/v1/libraries");
    json("PUT", hanoi, HANOI, null, json(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01")));
    json("PUT", hanoi, HANOI, null, json(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01")));
    json("PUT", hanoi, HANOI, "\"v9\"", json(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01")));
    json("PUT", hanoi, HANOI, "\"v1\"", json(HubFixtures.library(HANOI, "Thư viện Hà Nội", "79")));
    json("PUT", hanoi, HANOI, "\"v1\"", json(HubFixtures.library(HANOI, "Thư viện thành phố Hà Nội", "01")));
    json("PUT", hanoi, HANOI, "\"v2\"", json(HubFixtures.library(HCM, "Thư viện Hà Nội", "01")));
    json("PUT", hanoi, HANOI, "\"v2\"", "{\"isil\":");
    call("PUT", hanoi, Map.of(), "text/plain", "x".getBytes(StandardCharsets.UTF_8), HANOI, "\"v2\"");
    json("PUT", "/v1/libraries/" + HCM, HANOI, null, json(HubFixtures.library(HCM, "Thư viện Khoa học Tổng hợp", "79")));
    json("PUT", "/v1/libraries/" + HCM, ADMIN, null, json(HubFixtures.library(HCM, "Thư viện Khoa học Tổng hợp", "79")));
    get("/v1/libraries", "province", "01");
    get("/v1/libraries", "q", "tong hop");
    get("/v1/libraries", "limit", "1");
    get("/v1/libraries", "limit", "1", "cursor", "o1");
    get(hanoi);
    get("/v1/libraries/VN-Nowhere");
    call("DELETE", hanoi, Map.of(), "", null, HANOI, null);

    String keys = hanoi + "/keys";
    json("POST", keys, HANOI, null, "{\"keyId\":\"" + HANOI + "#k2\",\"algorithm\":\"ed25519\",\"jwk\":" + JWK + "}");
    json("POST", keys, HANOI, null, "{\"keyId\":\"" + HANOI + "#k2\",\"algorithm\":\"ed25519\",\"jwk\":" + JWK + "}");
    json("POST", keys, HANOI, null, "{\"keyId\":\"" + HCM + "#k2\",\"jwk\":" + JWK + "}");
    json("POST", keys, HANOI, null, "{\"keyId\":\"" + HANOI + "#k3\",\"jwk\":{\"kty\":\"none\"}}");
    json("POST", "/v1/libraries/" + HCM + "/keys", HANOI, null, "{\"keyId\":\"" + HCM + "#k2\",\"jwk\":" + JWK + "}");
    get(keys);
    get("/v1/libraries/VN-Nowhere/keys");

    contribute(HANOI, Map.of(), HubFixtures.records(5, 4, HANOI));
    contribute(HCM, Map.of("dryRun", "true"), HubFixtures.records(5, 2, HCM));
    contribute(HCM, Map.of(), HubFixtures.records(5, 2, HCM));
    contribute(HCM, Map.of("dryRun", "true"), HubFixtures.records(5, 1, HCM));
    contribute(HANOI, Map.of(), HubFixtures.records(5, 1, HANOI));
    contribute(HANOI, Map.of(), HubFixtures.records(6, 2, HANOI));
    call("POST", "/v1/catalog/records", Map.of(), "application/pdf", new byte[] {1}, HANOI, null);
    call("POST", "/v1/catalog/records", Map.of(), "application/marcxml+xml", "<record>".getBytes(StandardCharsets.UTF_8), HANOI, null);
    get("/v1/catalog/records/r1");
    get("/v1/catalog/records/r5");
    get("/v1/catalog/records/r99");
    get("/v1/catalog/search", "query", "holder = " + HANOI);
    get("/v1/catalog/search", "query", "holder = " + HCM, "limit", "1");
    get("/v1/catalog/search", "query", "holder = " + HCM, "limit", "1", "cursor", "o1");
    get("/v1/catalog/search", "query", "(holder = " + HANOI + " or holder = " + HCM + ") not year = 1800");
    get("/v1/catalog/search", "query", "title any");
    get("/v1/catalog/search", "query", "colour = red");
    get("/v1/catalog/search");

    String holding = "/v1/catalog/holdings/" + HANOI + "/H-1";
    String h = "{\"ownerIsil\":\"" + HANOI + "\",\"localId\":\"H-1\",\"recordId\":\"r5\",\"callNumber\":\"959.7 Đ108A\"}";
    json("PUT", holding, HANOI, null, h);
    json("PUT", holding, HANOI, "\"v7\"", h);
    json("PUT", holding, HANOI, "\"v1\"", h);
    json("PUT", holding, HANOI, "*", h);
    json("PUT", "/v1/catalog/holdings/" + HANOI + "/H-2", HANOI, null, h);
    json("PUT", "/v1/catalog/holdings/" + HANOI + "/H-3", HANOI, "*", h.replace("H-1", "H-3"));
    json("PUT", "/v1/catalog/holdings/" + HANOI + "/H-4", HANOI, "\"v1\"", h.replace("H-1", "H-4"));
    json("PUT", holding, HCM, null, h);
    json("PUT", "/v1/catalog/holdings/" + HANOI + "/H-5", HANOI, null, "{\"ownerIsil\":\"" + HANOI + "\",\"localId\":\"H-5\"}");
    get("/v1/catalog/records/r5");
    call("DELETE", holding, Map.of(), "", null, HANOI, null);
    call("DELETE", holding, Map.of(), "", null, HANOI, null);
    call("DELETE", holding, Map.of(), "", null, HCM, null);
    get("/v1/catalog/changes");
    get("/v1/catalog/changes", "cursor", "s3", "limit", "2");
    get("/v1/catalog/changes", "cursor", "s999");

    String object = example("digital-object.json");
    json("POST", "/v1/digital-objects", HANOI, null, object);
    json("POST", "/v1/digital-objects", HANOI, null, object);
    json("POST", "/v1/digital-objects", HCM, null, object.replace("DO-2024-0001", "DO-2024-0002"));
    json("POST", "/v1/digital-objects", HANOI, null, "{\"id\":\"DO-3\"}");
    json("POST", "/v1/digital-objects", HANOI, null, "{\"id\":\"DO-4\",\"ownerIsil\":\"" + HANOI + "\"}");
    get("/v1/digital-objects/DO-2024-0001");
    get("/v1/digital-objects/DO-none");
    get("/v1/digital-objects", "isil", HANOI);
    get("/v1/digital-objects", "isil", HCM);

    String answers = "\"has_website\":\"yes\",\"website_online_services\":\"yes\",\"digital_objects_registered\":\"3\","
        + "\"staff_total\":\"20\",\"staff_trained\":\"15\"";
    String q = "\"questionnaireId\":\"" + HubState.SURVEY_ID + "\"";
    get(SURVEY);
    get("/v1/surveys/other");
    json("POST", SURVEY + "/responses", HANOI, null, "{" + q + ",\"isil\":\"" + HANOI + "\",\"answers\":{" + answers + "}}");
    json("POST", SURVEY + "/responses", HANOI, null, "{" + q + ",\"isil\":\"" + HANOI + "\",\"answers\":{" + answers
        + "},\"measured\":[{\"question\":\"digital_objects_registered\",\"value\":\"900\"}]}");
    json("POST", SURVEY + "/responses", HANOI, null, "{" + q + ",\"isil\":\"" + HCM + "\",\"answers\":{" + answers + "}}");
    json("POST", SURVEY + "/responses", ADMIN, null, "{" + q + ",\"isil\":\"" + HCM + "\",\"answers\":{"
        + answers.replace("\"has_website\":\"yes\",", "").replace("\"15\"", "\"25\"") + "}}");
    json("POST", SURVEY + "/responses", ADMIN, null, "{" + q + ",\"isil\":\"" + HCM + "\",\"answers\":{"
        + answers.replace("\"15\"", "\"20\"") + "}}");
    json("POST", SURVEY + "/responses", HANOI, null, "{\"questionnaireId\":\"other\",\"isil\":\"" + HANOI + "\",\"answers\":{}}");
    json("POST", SURVEY + "/responses", ADMIN, null, "{" + q + ",\"isil\":\"VN-Nowhere\",\"answers\":{" + answers + "}}");
    json("POST", SURVEY + "/responses", HANOI, null, "{\"answers\":{}}");
    json("POST", "/v1/surveys/other/responses", HANOI, null, "{\"isil\":\"" + HANOI + "\"}");
    get(SURVEY + "/responses");
    get(SURVEY + "/responses", "isil", HCM);
    get("/v1/surveys/other/responses");
    get(SURVEY + "/scores", "by", "type");
    get(SURVEY + "/scores", "by", "nope");

    String stats = hanoi + "/statistics/2024";
    json("PUT", stats, HANOI, null, example("statistics-report.json"));
    json("PUT", hanoi + "/statistics/2023", HANOI, null, example("statistics-report.json"));
    json("PUT", stats, HCM, null, example("statistics-report.json"));
    json("PUT", stats, HANOI, null, example("statistics-report.json").replace("18930", "-1"));
    get(stats);
    get("/v1/nowhere");

    String manifest = "/v1/digital-objects/DO-2024-0001/manifest";
    byte[] iiif = HubFixtures.manifest("https://iiif.thuvien.vn/objects/DO-2024-0001").getBytes(StandardCharsets.UTF_8);
    get(manifest);
    call("PUT", manifest, Map.of(), "application/ld+json", iiif, HANOI, null);
    call("PUT", manifest, Map.of(), "application/ld+json", iiif, HCM, null);
    call("PUT", manifest, Map.of(), "application/ld+json", "{\"type\":\"Manifest\"}".getBytes(StandardCharsets.UTF_8), HANOI, null);
    call("PUT", manifest, Map.of(), "text/plain", iiif, HANOI, null);
    call("PUT", manifest, Map.of(), "application/ld+json", iiif, HANOI, "\"v7\"");
    call("PUT", manifest, Map.of(), "application/ld+json", iiif, HANOI, "\"v1\"");
    call("PUT", "/v1/digital-objects/DO-none/manifest", Map.of(), "application/ld+json", iiif, HANOI, null);
    get(manifest);
    get("/v1/digital-objects/DO-none/manifest");
    get("/v1/catalog/changes", "cursor", "s24");
  }

  @Test
  void aSessionOverEveryResourceAnswersExactlyAsRecorded() throws IOException {
    session();
    String actual = transcript.toString();
    Path golden = Path.of("src/test/resources/vn/libnet/testkit", GOLDEN);
    if (Boolean.getBoolean("libnet.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as(GOLDEN + " (write it with -Dlibnet.golden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void afterResetTheSameSessionAnswersTheSameAgain() {
    session();
    String first = transcript.toString();
    state.reset();
    transcript.setLength(0);
    clock = 0;
    session();
    assertThat(transcript.toString()).isEqualTo(first);
  }
}
