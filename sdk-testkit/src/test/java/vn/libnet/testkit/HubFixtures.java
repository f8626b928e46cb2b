package vn.libnet.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.Library;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;

/** Records, libraries and raw signed requests for the hub's tests. */
final class HubFixtures {
  static final String HANOI = "VN-HaNoi-TVHN";
  static final String HCM = "VN-HCM-TVKHTH";

  private HubFixtures() {}

  /** {@code count} clean records of seed {@code seed} as library {@code isil} contributes them (its 001 prefix and 852). */
  static List<Record> records(long seed, int count, String isil) {
    return SyntheticRecords.builder().seed(seed).build().stream(count).map(s -> {
      Record r = s.record();
      r.getControlNumberField().setData(isil.substring(3, 6) + "-" + r.getControlNumber());
      for (DataField f : r.getDataFields()) {
        if (f.getTag().equals("852")) {
          f.getSubfield('a').setData(isil);
        }
      }
      return r;
    }).collect(Collectors.toList());
  }

  /** {@code records} as one MARCXML collection, as a contribution's body. */
  static byte[] marcxml(List<Record> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, MarcFormat.MARCXML)) {
      records.forEach(w::write);
    }
    return out.toByteArray();
  }

  static Library library(String isil, String name, String province) {
    try (InputStream in = Library.class.getResourceAsStream("/vn/libnet/core/examples/library.json")) {
      Library l = LibnetJson.mapper().readValue(in, Library.class);
      return new Library(isil, name, l.nameEn(), l.type(), new vn.libnet.core.model.Address(l.address().street(), l.address().ward(),
          province, l.address().postalCode(), "VN"), l.parentOrganization(), l.establishedYear(), l.website(), l.contacts(),
          l.endpoints(), List.of());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@link #library} designated the provincial public library of its province. */
  static Library provincialLibrary(String isil, String name, String province) {
    return library(isil, name, province).withDesignation(
        new vn.libnet.core.model.LibraryDesignation(null, vn.libnet.core.model.LibraryDesignation.GoverningLevel.PROVINCIAL, null));
  }

  /**
   * Valid declared answers to {@code qd206-2021} for {@code isil} (a public library of no designated level,
   * or a provincial one): a website with online services, 15 of 20 staff trained.
   */
  static vn.libnet.core.readiness.survey.ReadinessResponse readiness(String isil) {
    java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
    answers.put("infra_ils", "yes");
    answers.put("infra_digital_data", "yes");
    answers.put("infra_interop", "no");
    answers.put("has_website", "yes");
    answers.put("website_online_services", "yes");
    answers.put("website_open_data", "no");
    answers.put("digital_objects_registered", "3");
    answers.put("staff_total", "20");
    answers.put("staff_trained", "15");
    return vn.libnet.core.readiness.survey.ReadinessResponse.declared(HubState.SURVEY_ID, isil, answers);
  }

  static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A write signed by hand with the LibNet profile, to send (and resend) as it is. */
  static HttpMessage signedWrite(LibnetTestHub hub, String method, String path, String body, String keyId, KeyPair key) {
    return signedWrite(hub, method, path, "application/json", body, keyId, key);
  }

  static HttpMessage signedWrite(LibnetTestHub hub, String method, String path, String type, String body, String keyId, KeyPair key) {
    return signedWrite(URI.create(hub.baseUrl() + path.substring(1)), method, type, body, keyId, key);
  }

  /** A write signed for {@code target}, which may be another hub's URL. */
  static HttpMessage signedWrite(URI target, String method, String type, String body, String keyId, KeyPair key) {
    HttpMessage m = HttpMessage.request(method, target)
        .header("Content-Type", type).header("Idempotency-Key", LibnetSignatures.nonce()).body(body).build();
    return LibnetSignatures.signRequest(m, keyId, SignatureAlgorithm.ED25519, key.getPrivate(), Clock.systemUTC());
  }

  /** A read signed with the LibNet profile (it covers the method and the target). */
  static HttpMessage signedRead(URI target, String keyId, KeyPair key) {
    return LibnetSignatures.signRequest(HttpMessage.request("GET", target).build(), keyId, SignatureAlgorithm.ED25519, key.getPrivate(),
        Clock.systemUTC());
  }

  /** Sends {@code m} as it is. */
  static HttpMessage send(HttpMessage m) {
    return RawExchange.send(m);
  }

  /** A small valid IIIF Presentation 3.0 Manifest of two canvases, its ids under {@code base}. */
  static String manifest(String base) {
    StringBuilder canvases = new StringBuilder();
    for (int n = 1; n <= 2; n++) {
      String canvas = base + "/canvas/" + n;
      canvases.append(n == 1 ? "" : ",").append("{\"id\":\"").append(canvas).append("\",\"type\":\"Canvas\",\"label\":{\"none\":[\"")
          .append(n).append("\"]},\"width\":1000,\"height\":1400,\"items\":[{\"id\":\"").append(canvas)
          .append("/page\",\"type\":\"AnnotationPage\",\"items\":[{\"id\":\"").append(canvas)
          .append("/page/painting\",\"type\":\"Annotation\",\"motivation\":\"painting\",\"target\":\"").append(canvas)
          .append("\",\"body\":{\"id\":\"").append(base).append("/files/").append(n)
          .append(".jpg\",\"type\":\"Image\",\"format\":\"image/jpeg\",\"width\":1000,\"height\":1400}}]}]}");
    }
    return "{\"@context\":\"http://iiif.io/api/presentation/3/context.json\",\"id\":\"" + base
        + "/manifest\",\"type\":\"Manifest\",\"label\":{\"vi\":[\"Bản đồ Hà Nội 1873\"]},\"items\":[" + canvases + "]}";
  }
}
