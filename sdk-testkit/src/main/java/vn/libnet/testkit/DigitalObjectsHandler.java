package vn.libnet.testkit;

import static vn.libnet.testkit.HandlerSupport.mayWrite;
import static vn.libnet.testkit.HandlerSupport.read;
import static vn.libnet.testkit.HandlerSupport.valid;

import java.util.List;
import java.util.stream.Collectors;
import vn.libnet.client.model.ChangeType;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.testkit.HubRouter.Route;

/**
 * The national digitization programme's objects: {@code POST /v1/digital-objects} (by its owner or the
 * administrator, valid against {@code vn-digital-object}, each id once), {@code GET
 * /v1/digital-objects/{id}} and the list, by owner with {@code ?isil=}.
 */
final class DigitalObjectsHandler implements HubRouter.Resource {
  private final HubStore store;

  DigitalObjectsHandler(HubStore store) {
    this.store = store;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.of("GET", "/v1/digital-objects", (c, p) -> list(c)),
        Route.of("POST", "/v1/digital-objects", (c, p) -> register(c)),
        Route.of("GET", "/v1/digital-objects/([^/]+)", (c, p) -> get(p.get(0))));
  }

  private Answer register(Call c) {
    DigitalObject o = read(c, DigitalObject.class);
    if (o.ownerIsil() == null || o.id() == null) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Incomplete object", "A digital object needs an id and an ownerIsil");
    }
    mayWrite(c, o.ownerIsil());
    valid(NationalProfiles.digitalObject().validate(o), "digital object");
    if (store.object(o.id()).isPresent()) {
      return Answer.problem(ProblemCode.CONFLICT, "Object exists", "Digital object " + o.id() + " is already registered");
    }
    store.putObject(o);
    store.appendChange(ChangeType.DIGITAL_OBJECT_REGISTERED, o.id(), null, o.ownerIsil(), c.now());
    return Answer.json(201, o);
  }

  private Answer get(String id) {
    return store.object(id).map(o -> Answer.json(200, o))
        .orElseGet(() -> Answer.problem(ProblemCode.NOT_FOUND, "No such object", "No digital object " + id));
  }

  private Answer list(Call c) {
    String isil = c.query().get("isil");
    return Answer.json(200, HandlerSupport.page(store.objects().stream().filter(o -> isil == null || isil.equals(o.ownerIsil()))
        .collect(Collectors.toList()), c));
  }
}
