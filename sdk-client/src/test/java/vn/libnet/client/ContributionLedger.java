package vn.libnet.client;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.client.model.RecordOutcome;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.SignatureVerifier;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;

/**
 * The union catalogue's contribution endpoint reduced to what resumable batches need: it verifies the
 * signature, answers a repeated idempotency key with the first answer, and counts how many times each
 * record (by 001) was stored. {@link #holdAfter(int)} makes it store the Nth new batch and then hold the
 * answer, so that a test can kill the client after the hub stored a batch but before the client knew.
 */
public final class ContributionLedger implements ResponseDefinitionTransformerV2 {
  private final SignatureVerifier verifier;
  public final Map<String, AtomicInteger> stored = new ConcurrentHashMap<>();
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final AtomicInteger newBatches = new AtomicInteger();
  private final AtomicInteger replays = new AtomicInteger();
  private volatile int holdAt = -1;

  ContributionLedger(SignatureVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public String getName() {
    return "ledger";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  void holdAfter(int batch) {
    holdAt = batch;
  }

  int replays() {
    return replays.get();
  }

  int newBatches() {
    return newBatches.get();
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent event) {
    try {
      verifier.verify(StubHub.toMessage(event.getRequest()));
    } catch (HttpSignatureException e) {
      return json(401, "{\"type\":\"about:blank\",\"title\":\"Signature refused\",\"status\":401,\"code\":\"SIGNATURE_INVALID\",\"detail\":\""
          + e.failure().code() + "\"}", 0);
    }
    String key = event.getRequest().getHeader("Idempotency-Key");
    String earlier = answers.get(key);
    if (earlier != null) {
      replays.incrementAndGet();
      return json(200, earlier, 0);
    }
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (MarcRecordReader in = MarcReaders.open(new ByteArrayInputStream(event.getRequest().getBody()), null, ReadOptions.strict())) {
      int i = 0;
      while (in.hasNext()) {
        MarcRead r = in.next();
        String id = r.controlNumber();
        stored.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        outcomes.add(new RecordOutcome(i, id, OutcomeStatus.ACCEPTED, "rec-" + id, "cl-" + id, List.of()));
        i++;
      }
    }
    String answer;
    try {
      answer = LibnetJson.mapper().writeValueAsString(new ContributionResult(false, outcomes));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    answers.put(key, answer);
    int n = newBatches.incrementAndGet();
    return json(200, answer, n == holdAt ? 60_000 : 0);
  }

  private static ResponseDefinition json(int status, String body, int delay) {
    var b = com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(status).withBody(body).withHeader("Content-Type", "application/json");
    if (delay > 0) {
      b.withFixedDelay(delay);
    }
    return b.build();
  }
}
