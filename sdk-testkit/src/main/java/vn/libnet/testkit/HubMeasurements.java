package vn.libnet.testkit;

import vn.libnet.core.readiness.survey.Measurement;
import vn.libnet.core.readiness.survey.ReadinessResponse;

/**
 * What the hub measures itself for a readiness response, from its own store: {@code
 * digital_objects_registered} is the number of digital objects the library registered (exactly, 0
 * included), and {@code infra_interop} is yes when the union catalogue holds records of the library (it
 * contributed one, or holds a copy of one). A hub that holds no record of the library measures nothing for
 * {@code infra_interop}: the library may share its data through endpoints the hub does not see, so "no" is
 * never inferred. The measured values are scored in place of the declared ones, and a disagreement is the
 * warning {@code READINESS_EVIDENCE_CONTRADICTS}.
 */
final class HubMeasurements {
  static final String DIGITAL_OBJECTS = "digital_objects_registered";
  static final String INTEROP = "infra_interop";

  private HubMeasurements() {}

  /** {@code response} with the hub's measurements of its library added. */
  static ReadinessResponse applyTo(HubStore store, ReadinessResponse response) {
    String isil = response.isil();
    long objects = store.objects().stream().filter(o -> isil.equals(o.ownerIsil())).count();
    ReadinessResponse r = response.withMeasurement(new Measurement(DIGITAL_OBJECTS, Long.toString(objects),
        "the digital objects " + isil + " registered on the hub", null));
    boolean holds = store.records().stream().anyMatch(s -> isil.equals(s.contributor()))
        || store.holdings().stream().anyMatch(h -> isil.equals(h.value().ownerIsil()));
    return holds ? r.withMeasurement(new Measurement(INTEROP, "yes", "records of " + isil + " in the hub's union catalogue", null)) : r;
  }
}
