package vn.libnet.testkit.conformance;

import static vn.libnet.testkit.conformance.SuiteChecks.check;
import static vn.libnet.testkit.conformance.SuiteChecks.expect;
import static vn.libnet.testkit.conformance.SuiteChecks.said;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.model.Change;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.client.model.Page;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.HttpSignatures;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.SignatureParameters;
import vn.libnet.core.signature.SignatureVerifier;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.RawExchange;
import vn.libnet.testkit.conformance.SuiteChecks.Failed;
import vn.libnet.testkit.conformance.SuiteChecks.Said;

/**
 * Checks a LibNet API v1 hub against every {@link Requirement}, with a library key that the hub trusts.
 * Every write it makes is a dry run, or a request the hub must refuse, so nothing is stored.
 *
 * <pre>{@code
 * ConformanceReport r = ConformanceSuite.builder().baseUrl(url).signingKey("VN-HaNoi-TVHN#k1", key).build().run();
 * }</pre>
 */
public final class ConformanceSuite {
  private final String baseUrl;
  private final String keyId;
  private final String isil;
  private final PrivateKey key;
  private final SignatureAlgorithm algorithm;

  private ConformanceSuite(Builder b) {
    this.baseUrl = b.baseUrl.endsWith("/") ? b.baseUrl : b.baseUrl + "/";
    this.keyId = b.keyId;
    this.isil = b.keyId.substring(0, b.keyId.indexOf('#'));
    this.key = b.key;
    this.algorithm = Keys.defaultAlgorithm(b.key);
  }

  /** A builder; the base URL and the signing key are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Runs every check, in the order of {@link Requirement}; never throws for what the hub does. */
  public ConformanceReport run() {
    java.time.Instant at = java.time.Instant.now();
    List<CheckResult> results = new ArrayList<>();
    List<VerificationKey> hubKeys;
    try {
      // Fetched as any newcomer would, unsigned: the JWKS is open, and the suite's key may be one the hub refuses.
      HttpMessage jwks = RawExchange.send(HttpMessage.request("GET", URI.create(baseUrl + ".well-known/jwks.json")).build());
      hubKeys = jwks.status() == 200 ? VerificationKey.fromJwks(new String(jwks.body(), StandardCharsets.UTF_8)) : List.of();
    } catch (RuntimeException e) {
      hubKeys = List.of();
    }
    SignatureVerifier answers = hubKeys.isEmpty() ? null
        : LibnetSignatures.responseVerifier(KeyResolver.of(hubKeys.toArray(VerificationKey[]::new)), Clock.systemUTC());
    // The suite tests the hub it is pointed at, over whatever scheme the tester gives: it pins what it fetched.
    HubKeys trusted = hubKeys.isEmpty() ? HubKeys.fromHub().allowPlainHttp() : HubKeys.pinned(hubKeys);
    try (LibnetClient client = LibnetClient.builder().baseUrl(baseUrl).signingKey(keyId, algorithm, key)
        .hubKeys(trusted).retryPolicy(RetryPolicy.NONE).build()) {
      SignatureVerifier v = answers;
      List<VerificationKey> hk = hubKeys;
      results.add(check(Requirement.ANSWERS_SIGNED, () -> answersSigned(v, hk)));
      results.add(check(Requirement.ANSWERS_BOUND, () -> answersBound(v)));
      results.add(check(Requirement.UNSIGNED_WRITE_REFUSED, () -> unsignedRefused(v)));
      results.add(check(Requirement.UNKNOWN_KEY_REFUSED, () -> unknownKeyRefused(v)));
      results.add(check(Requirement.REPLAY_REFUSED, () -> replayRefused(v)));
      results.add(check(Requirement.TAMPERED_DIGEST_REFUSED, () -> tamperedRefused(v)));
      results.add(check(Requirement.TARGET_MISMATCH, () -> targetMismatch(v)));
      results.add(check(Requirement.SIGNED_READ_REFUSED, () -> signedReadRefused(v)));
      results.add(check(Requirement.OTHER_LIBRARY_FORBIDDEN, () -> otherLibraryForbidden(v)));
      results.add(check(Requirement.DRY_RUN_STORES_NOTHING, () -> dryRun(client)));
      results.add(check(Requirement.BAD_RECORD_REJECTED, () -> badRecordRejected(client)));
      results.add(check(Requirement.LOST_UPDATE_REFUSED, () -> lostUpdateRefused(v)));
      results.add(check(Requirement.IDEMPOTENCY_HONOURED, () -> idempotency(v)));
      results.add(check(Requirement.PROBLEM_DOCUMENTS, () -> problemDocuments(v)));
      results.add(check(Requirement.CURSOR_PAGINATION, () -> cursors(client)));
    }
    return new ConformanceReport(baseUrl, keyId, at, results);
  }

  // ------------------------------------------------------------------ the checks

  private Said answersSigned(SignatureVerifier answers, List<VerificationKey> hubKeys) throws Failed {
    expect(!hubKeys.isEmpty(), "CONFORMANCE_NO_JWKS");
    // An unsigned public read: its answer must still be signed by a published key (not bound: nothing to bind to).
    Answer a = send(HttpMessage.request("GET", URI.create(baseUrl + "v1/catalog/changes?limit=1")).build(), answers);
    expect(a.status() == 200, "CONFORMANCE_UNSIGNED_READ_STATUS", a.status());
    return said("CONFORMANCE_KEYS_PUBLISHED", hubKeys.size());
  }

  private Said answersBound(SignatureVerifier answers) throws Exception {
    expect(answers != null, "CONFORMANCE_NO_KEY");
    HttpMessage read = signedRead("v1/catalog/changes?limit=1");
    String readRefusal = bound(answers, read, signedRead("v1/catalog/changes?limit=1"), 200);
    HttpMessage write = dryRunWrite(records(1, false), keyId, key);
    // The other request differs only by its signature (another nonce): an answer bound to its own fails with it.
    String writeRefusal = bound(answers, write, LibnetSignatures.signRequest(write, keyId, algorithm, key, Clock.systemUTC()), 200);
    return said("CONFORMANCE_BOUND", readRefusal, writeRefusal);
  }

  /**
   * Sends {@code request}; its answer must cover its signature, verify with it, and fail with {@code other}.
   * Returns the code of that failure.
   */
  private static String bound(SignatureVerifier answers, HttpMessage request, HttpMessage other, int status) throws Failed {
    HttpMessage r = RawExchange.send(request);
    expect(r.status() == status, "CONFORMANCE_ANSWERED", r.status(), status);
    SignatureParameters p;
    try {
      p = HttpSignatures.signatureInputs(r).get(LibnetSignatures.LABEL);
    } catch (RuntimeException e) {
      throw new Failed("CONFORMANCE_SIGNATURE_INPUT_UNREADABLE", e.getMessage() == null ? "" : e.getMessage());
    }
    expect(p != null, "CONFORMANCE_NO_LIBNET_SIGNATURE");
    expect(p.components().contains(LibnetSignatures.REQUEST_SIGNATURE), "CONFORMANCE_NOT_COVERING", LibnetSignatures.REQUEST_SIGNATURE,
        p.components());
    try {
      answers.verify(r);
    } catch (HttpSignatureException e) {
      throw new Failed("CONFORMANCE_NOT_VERIFIED", e.failure().code());
    }
    HttpMessage.Builder moved = HttpMessage.response(r.status()).request(other);
    r.headers().forEach(h -> moved.header(h.getKey(), h.getValue()));
    try {
      answers.verify(moved.body(r.body()).build());
      throw new Failed("CONFORMANCE_NOT_BOUND");
    } catch (HttpSignatureException expected) {
      return expected.failure().code();
    }
  }

  private Said targetMismatch(SignatureVerifier answers) throws Exception {
    // Meant for another hub; it reaches this one (a DNS answer or a proxy sent it here), Host and all.
    HttpMessage w = signedFor(URI.create("http://other.example/v1/catalog/records?dryRun=true"), "POST", "application/marcxml+xml",
        marcXml(records(1, false)), LibnetSignatures.nonce());
    HttpMessage r = RawExchange.sendTo(w, URI.create(baseUrl));
    Answer a = verified(r, answers);
    expect(a.status == 401 && "TARGET_MISMATCH".equals(a.code()), "CONFORMANCE_ANSWERED_CODE", a.status, a.code(), "401 TARGET_MISMATCH");
    return said("CONFORMANCE_REFUSED", a.status, a.code());
  }

  private Said signedReadRefused(SignatureVerifier answers) throws Exception {
    HttpMessage signed = signedRead("v1/catalog/changes?limit=1");
    HttpMessage.Builder tampered = HttpMessage.request("GET", URI.create(baseUrl + "v1/catalog/changes?limit=2"));
    signed.headers().forEach(h -> tampered.header(h.getKey(), h.getValue()));
    Answer a = send(tampered.build(), answers);
    expect(a.status == 401, "CONFORMANCE_TAMPERED_READ", a.status, a.code());
    return said("CONFORMANCE_REFUSED", a.status, a.code());
  }

  private Said unsignedRefused(SignatureVerifier answers) throws Exception {
    HttpMessage w = dryRunWrite(records(1, false), keyId, key);
    Answer a = send(w.withoutHeader("Signature").withoutHeader("Signature-Input"), answers);
    expect(a.status == 401, "CONFORMANCE_ANSWERED", a.status, 401);
    return said("CONFORMANCE_REFUSED", a.status, a.code());
  }

  private Said unknownKeyRefused(SignatureVerifier answers) throws Exception {
    PrivateKey stranger = ed25519();
    Answer a = send(dryRunWrite(records(1, false), isil + "#conformance-unknown", stranger), answers);
    expect(a.status == 401, "CONFORMANCE_ANSWERED", a.status, 401);
    return said("CONFORMANCE_REFUSED", a.status, a.code());
  }

  private Said replayRefused(SignatureVerifier answers) throws Exception {
    HttpMessage w = dryRunWrite(records(1, false), keyId, key);
    Answer first = send(w, answers);
    expect(first.status == 200, "CONFORMANCE_FIRST_SEND", first.status, first.code());
    Answer second = send(w, answers);
    expect(second.status == 401, "CONFORMANCE_REPLAY_STATUS", second.status);
    expect("REPLAYED".equals(second.code()), "CONFORMANCE_REPLAY_CODE", second.code());
    return said("CONFORMANCE_REPLAY");
  }

  private Said tamperedRefused(SignatureVerifier answers) throws Exception {
    HttpMessage w = dryRunWrite(records(1, false), keyId, key);
    byte[] changed = w.body().clone();
    changed[changed.length / 2] ^= 0x01;
    Answer a = send(w.withBody(changed), answers);
    expect(a.status == 401 && "DIGEST_INVALID".equals(a.code()), "CONFORMANCE_ANSWERED_CODE", a.status, a.code(), "401 DIGEST_INVALID");
    return said("CONFORMANCE_REFUSED", a.status, a.code());
  }

  private Said otherLibraryForbidden(SignatureVerifier answers) throws Exception {
    String other = isil.equals("VN-CONF-OTHER") ? "VN-CONF-ELSE" : "VN-CONF-OTHER";
    String body = "{\"isil\":\"" + other + "\",\"year\":2000,\"values\":{\"LOANS\":1}}";
    Answer a = send(signed("PUT", "v1/libraries/" + other + "/statistics/2000", "application/json", body.getBytes(), keyId, key), answers);
    expect(a.status == 403, "CONFORMANCE_ANSWERED_CODE", a.status, a.code(), 403);
    return said("CONFORMANCE_REFUSED", a.status, a.code());
  }

  private Said dryRun(LibnetClient client) throws Failed {
    ContributionResult r = client.contributeRecords(vn.libnet.client.RecordBatch.of(records(2, false)),
        vn.libnet.client.ContributeOptions.dryRunOnly());
    expect(r.dryRun(), "CONFORMANCE_NOT_DRY_RUN");
    expect(r.outcomes().size() == 2, "CONFORMANCE_OUTCOME_COUNT", r.outcomes().size());
    expect(r.outcomes().stream().allMatch(o -> o.status() != OutcomeStatus.REJECTED), "CONFORMANCE_VALID_REJECTED",
        r.outcomes().stream().map(o -> String.valueOf(o.status())).toList());
    expect(r.outcomes().stream().allMatch(o -> o.recordId() == null), "CONFORMANCE_DRY_RUN_STORED");
    return said("CONFORMANCE_DRY_RUN", r.outcomes().size(), totals(r.totals()));
  }

  // "ACCEPTED 2, MERGED 0, REJECTED 0": the same in both languages, unlike a map's "{ACCEPTED=2, ...}".
  private static String totals(java.util.Map<OutcomeStatus, Integer> totals) {
    return totals.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
  }

  private Said badRecordRejected(LibnetClient client) throws Failed {
    List<Record> batch = new ArrayList<>(records(1, false));
    batch.addAll(records(1, true));
    ContributionResult r = client.contributeRecords(vn.libnet.client.RecordBatch.of(batch), vn.libnet.client.ContributeOptions.dryRunOnly());
    expect(r.outcomes().size() == 2, "CONFORMANCE_OUTCOME_COUNT", r.outcomes().size());
    expect(r.outcomes().get(0).status() != OutcomeStatus.REJECTED, "CONFORMANCE_GOOD_REJECTED");
    expect(r.outcomes().get(1).status() == OutcomeStatus.REJECTED, "CONFORMANCE_WITHOUT_245", r.outcomes().get(1).status());
    expect(!r.outcomes().get(1).issues().isEmpty(), "CONFORMANCE_NO_ISSUES");
    return said("CONFORMANCE_REJECTED", String.join(", ", r.outcomes().get(1).issues().stream().map(i -> i.code()).distinct().toList()));
  }

  private Said lostUpdateRefused(SignatureVerifier answers) throws Exception {
    Answer current = send(HttpMessage.request("GET", URI.create(baseUrl + "v1/libraries/" + isil)).build(), answers);
    byte[] body = current.status == 200 ? current.body : sampleLibrary();
    Answer a = send(signedWith("PUT", "v1/libraries/" + isil, "application/json", body, "\"conformance-stale-etag\""), answers);
    expect(a.status == 409, "CONFORMANCE_STALE_IF_MATCH", a.status, a.code());
    return said("CONFORMANCE_REFUSED", a.status, a.code());
  }

  private Said idempotency(SignatureVerifier answers) throws Exception {
    String idem = "conformance-" + LibnetSignatures.nonce();
    byte[] body = marcXml(records(1, false));
    Answer first = send(signed("POST", "v1/catalog/records?dryRun=true", "application/marcxml+xml", body, keyId, key, idem), answers);
    Answer again = send(signed("POST", "v1/catalog/records?dryRun=true", "application/marcxml+xml", body, keyId, key, idem), answers);
    expect(first.status == 200 && again.status == 200, "CONFORMANCE_ANSWERED_THEN", first.status, again.status);
    expect(java.util.Arrays.equals(first.body, again.body), "CONFORMANCE_ANOTHER_ANSWER");
    Answer other = send(signed("POST", "v1/catalog/records?dryRun=true", "application/marcxml+xml", marcXml(records(2, false)), keyId,
        key, idem), answers);
    expect(other.status == 409, "CONFORMANCE_ANOTHER_BODY", other.status);
    return said("CONFORMANCE_IDEMPOTENT", other.code());
  }

  private Said problemDocuments(SignatureVerifier answers) throws Exception {
    Answer a = send(HttpMessage.request("GET", URI.create(baseUrl + "v1/catalog/records/conformance-no-such-record")).build(), answers);
    expect(a.status == 404, "CONFORMANCE_MISSING_RECORD", a.status);
    expect(a.contentType.startsWith("application/problem+json"), "CONFORMANCE_ERROR_TYPE", a.contentType);
    expect("NOT_FOUND".equals(a.code()), "CONFORMANCE_PROBLEM_CODE", a.code());
    return said("CONFORMANCE_PROBLEM", a.status, a.contentType.replaceFirst(";.*", ""), a.code());
  }

  private Said cursors(LibnetClient client) throws Failed {
    Page<Change> first = client.listChanges(null, 1);
    expect(first.next() != null, "CONFORMANCE_NO_CURSOR");
    Page<Change> second = client.listChanges(first.next(), 1);
    expect(second.next() != null, "CONFORMANCE_NO_SECOND_CURSOR");
    if (!first.items().isEmpty() && !second.items().isEmpty()) {
      expect(second.items().get(0).sequence() > first.items().get(0).sequence(), "CONFORMANCE_NOT_FOLLOWING");
    }
    return said("CONFORMANCE_CURSOR", first.next(), second.next());
  }

  // ------------------------------------------------------------------ plumbing

  private record Answer(int status, String contentType, byte[] body) {
    String code() {
      try {
        JsonNode n = LibnetJson.mapper().readTree(body);
        return n.path("code").asText("");
      } catch (IOException e) {
        return "";
      }
    }
  }

  private Answer send(HttpMessage m, SignatureVerifier answers) throws Failed {
    return verified(RawExchange.send(m), answers);
  }

  private static Answer verified(HttpMessage r, SignatureVerifier answers) throws Failed {
    if (answers != null) {
      try {
        answers.verify(r);
      } catch (HttpSignatureException e) {
        throw new Failed("CONFORMANCE_ANSWER_NOT_SIGNED", r.status(), e.failure().code());
      }
    }
    return new Answer(r.status(), r.headers("Content-Type").stream().findFirst().orElse(""), r.body());
  }

  private HttpMessage dryRunWrite(List<Record> recs, String kid, PrivateKey k) {
    return signed("POST", "v1/catalog/records?dryRun=true", "application/marcxml+xml", marcXml(recs), kid, k);
  }

  private HttpMessage signed(String method, String path, String type, byte[] body, String kid, PrivateKey k) {
    return signed(method, path, type, body, kid, k, LibnetSignatures.nonce());
  }

  private HttpMessage signed(String method, String path, String type, byte[] body, String kid, PrivateKey k, String idem) {
    HttpMessage m = HttpMessage.request(method, URI.create(baseUrl + path)).header("Content-Type", type)
        .header("Idempotency-Key", idem).body(body).build();
    return LibnetSignatures.signRequest(m, kid, Keys.defaultAlgorithm(k), k, Clock.systemUTC());
  }

  private HttpMessage signedFor(URI target, String method, String type, byte[] body, String idem) {
    HttpMessage m = HttpMessage.request(method, target).header("Content-Type", type).header("Idempotency-Key", idem).body(body).build();
    return LibnetSignatures.signRequest(m, keyId, algorithm, key, Clock.systemUTC());
  }

  private HttpMessage signedRead(String path) {
    return LibnetSignatures.signRequest(HttpMessage.request("GET", URI.create(baseUrl + path)).build(), keyId, algorithm, key,
        Clock.systemUTC());
  }

  private HttpMessage signedWith(String method, String path, String type, byte[] body, String ifMatch) {
    HttpMessage m = HttpMessage.request(method, URI.create(baseUrl + path)).header("Content-Type", type)
        .header("Idempotency-Key", LibnetSignatures.nonce()).header("If-Match", ifMatch).body(body).build();
    return LibnetSignatures.signRequest(m, keyId, algorithm, key, Clock.systemUTC());
  }

  /** Clean synthetic records held by this library (852 $a), optionally with the 245 removed. */
  private List<Record> records(int count, boolean without245) {
    List<Record> out = new ArrayList<>();
    SyntheticRecords.builder().seed(System.nanoTime()).build().stream(count).forEach(s -> {
      Record r = s.record();
      r.getControlNumberField().setData("CONF-" + LibnetSignatures.nonce().substring(0, 10));
      for (DataField f : r.getDataFields()) {
        if (f.getTag().equals("852")) {
          f.getSubfield('a').setData(isil);
        }
      }
      if (without245) {
        r.removeVariableField(r.getVariableField("245"));
      }
      out.add(r);
    });
    return out;
  }

  private static byte[] marcXml(List<Record> recs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, MarcFormat.MARCXML)) {
      recs.forEach(w::write);
    }
    return out.toByteArray();
  }

  private byte[] sampleLibrary() throws IOException {
    try (var in = vn.libnet.core.model.Library.class.getResourceAsStream("/vn/libnet/core/examples/library.json")) {
      JsonNode n = LibnetJson.mapper().readTree(in);
      ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("isil", isil);
      return LibnetJson.mapper().writeValueAsBytes(n);
    }
  }

  private static PrivateKey ed25519() throws NoSuchAlgorithmException {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
  }

  /** Builds a {@link ConformanceSuite}. */
  public static final class Builder {
    private String baseUrl;
    private String keyId;
    private PrivateKey key;

    private Builder() {}

    /** The hub to check. */
    public Builder baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url);
      return this;
    }

    /**
     * A key the hub trusts for a library, as {@code <ISIL>#<name>}.
     *
     * @throws IllegalArgumentException when the key id is not {@code <ISIL>#<name>}
     */
    public Builder signingKey(String id, PrivateKey privateKey) {
      if (id.indexOf('#') <= 0) {
        throw new IllegalArgumentException("A LibNet key id is <ISIL>#<key-name>, not " + id);
      }
      this.keyId = id;
      this.key = Objects.requireNonNull(privateKey);
      return this;
    }

    /**
     * The suite.
     *
     * @throws IllegalStateException when the base URL or the key is missing
     */
    public ConformanceSuite build() {
      if (baseUrl == null || key == null) {
        throw new IllegalStateException("Set the hub's baseUrl and a signingKey");
      }
      return new ConformanceSuite(this);
    }
  }
}
