package vn.libnet.testkit;

import static vn.libnet.testkit.HandlerSupport.mayWrite;
import static vn.libnet.testkit.HandlerSupport.read;
import static vn.libnet.testkit.HandlerSupport.valid;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.libnet.client.model.ChangeType;
import vn.libnet.core.model.Holding;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.testkit.HubRouter.Route;
import vn.libnet.testkit.HubStore.Versioned;

/**
 * A library's holdings in the union catalogue: {@code PUT} (valid against {@code vn-holding}, with an
 * optional {@code If-Match}: a version's ETag, or {@code *} for a new one) and {@code DELETE
 * /v1/catalog/holdings/{isil}/{localId}}, by that library or the administrator. A contribution's 852
 * fields set holdings through {@link #put}.
 */
final class HoldingsHandler implements HubRouter.Resource {
  private final HubStore store;
  private final CatalogClustering clustering;

  HoldingsHandler(HubStore store, CatalogClustering clustering) {
    this.store = store;
    this.clustering = clustering;
  }

  @Override
  public List<Route> routes() {
    String path = "/v1/catalog/holdings/([^/]+)/([^/]+)";
    return List.of(
        Route.of("PUT", path, (c, p) -> set(c, p.get(0), p.get(1))),
        Route.of("DELETE", path, (c, p) -> unset(c, p.get(0), p.get(1))));
  }

  /** Keeps {@code h} as the next version of its holding, and tells the changes feed (with its record's cluster). */
  Versioned<Holding> put(Holding h, Call c) {
    Versioned<Holding> now = Versioned.after(store.holding(h.ownerIsil(), h.localId()).orElse(null), h);
    store.putHolding(now);
    Optional<HubStore.StoredRecord> r = h.recordId() == null ? Optional.empty() : store.record(h.recordId());
    store.appendChange(ChangeType.HOLDING_SET, h.ownerIsil() + "/" + h.localId(), r.map(x -> clustering.clusterId(x.index())).orElse(null),
        h.ownerIsil(), c.now());
    return now;
  }

  private Answer set(Call c, String isil, String localId) {
    mayWrite(c, isil);
    Holding h = read(c, Holding.class);
    if (!isil.equals(h.ownerIsil()) || !localId.equals(h.localId())) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Path mismatch", "The body is holding " + h.ownerIsil() + "/" + h.localId()
          + ", the path " + isil + "/" + localId);
    }
    valid(NationalProfiles.holding().validate(h), "holding");
    Versioned<Holding> old = store.holding(isil, localId).orElse(null);
    if (c.ifMatch() != null && (old == null ? !c.ifMatch().equals("*") : !old.etag().equals(c.ifMatch()))) {
      return Answer.problem(ProblemCode.CONFLICT, "Lost update", "Holding " + isil + "/" + localId + " is at "
          + (old == null ? "no version" : old.etag()) + ", not " + c.ifMatch());
    }
    return Answer.json(200, h).withHeader("ETag", put(h, c).etag());
  }

  private Answer unset(Call c, String isil, String localId) {
    mayWrite(c, isil);
    boolean removed = store.removeHolding(isil, localId).isPresent();
    if (removed) {
      store.appendChange(ChangeType.HOLDING_UNSET, isil + "/" + localId, null, isil, c.now());
    }
    return Answer.json(200, Map.of("ownerIsil", isil, "localId", localId, "removed", removed));
  }
}
