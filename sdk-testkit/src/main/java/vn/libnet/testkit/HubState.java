package vn.libnet.testkit;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import vn.libnet.core.signature.VerificationKey;

/**
 * What the hub knows and the rules by which it changes: one handler per resource of LibNet API v1 over
 * a {@link HubStore}, reads side by side and writes one at a time (a read-write lock), deterministic for
 * the same calls in the same order so that the log replays to the same state. Reads of the key registry
 * are lock-free for the verifiers.
 */
final class HubState {
  static final String SURVEY_ID = HubSurveys.QUESTIONNAIRE_ID;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final HubStore store;
  private final CatalogClustering clustering = new CatalogClustering();
  private final KeysHandler keys;
  private final HubRouter router;
  private final CatalogHandler catalog;

  HubState() {
    this(new MemoryHubStore());
  }

  HubState(HubStore store) {
    this.store = store;
    this.keys = new KeysHandler(store);
    HoldingsHandler holdings = new HoldingsHandler(store, clustering);
    this.catalog = new CatalogHandler(store, clustering, holdings);
    this.router = new HubRouter(List.of(new LibrariesHandler(store), keys, new StatisticsHandler(store),
        catalog, holdings, new DigitalObjectsHandler(store), new DigitalManifestsHandler(store),
        new SurveysHandler(store)));
  }

  /** Trusts {@code key}; trusting a key id again replaces its key. Returns whether anything changed. */
  boolean trust(VerificationKey key) {
    return keys.trust(key);
  }

  Optional<VerificationKey> key(String keyId) {
    return store.key(keyId);
  }

  /**
   * Does ahead of the lock what a write's answer will need of its body alone (for a contribution: reading,
   * validating and crosswalking its records), so that writes overlap in that work; {@link #dispatch} on the
   * same thread takes it. Every call is still right without it (a replay prepares inline).
   */
  void prepare(Call c) {
    if (c.method().equals("POST") && c.path().equals("/v1/catalog/records")) {
      catalog.prepareAhead(c);
    }
  }

  /** Drops what {@link #prepare} left on this thread when the call was answered without a dispatch. */
  void forgetPrepared() {
    catalog.forgetAhead();
  }

  /** {@code query} over the store, beside other reads and never during a write. */
  <T> T read(java.util.function.Function<HubStore, T> query) {
    lock.readLock().lock();
    try {
      return query.apply(store);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Reads share the state; a write has it alone. */
  Answer dispatch(Call c) {
    Lock l = c.method().equals("GET") ? lock.readLock() : lock.writeLock();
    l.lock();
    try {
      return router.route(c);
    } catch (Answer.Refusal r) {
      return r.answer;
    } finally {
      l.unlock();
    }
  }

  /**
   * Forgets everything, keys included, as a hub just started with nothing trusted: whoever resets trusts
   * again the keys it needs (the administrator's among them).
   */
  void reset() {
    lock.writeLock().lock();
    try {
      store.clear();
      clustering.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
