package vn.libnet.testkit;

import static vn.libnet.testkit.HandlerSupport.mayWrite;
import static vn.libnet.testkit.HandlerSupport.read;
import static vn.libnet.testkit.HandlerSupport.valid;

import java.util.List;
import java.util.stream.Collectors;
import vn.libnet.client.model.ChangeType;
import vn.libnet.core.model.Library;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.testkit.HubRouter.Route;
import vn.libnet.testkit.HubStore.Versioned;

/**
 * The national library database: {@code GET /v1/libraries} (by province, type and folded words of the
 * name), {@code GET} and {@code PUT /v1/libraries/{isil}}. A profile is written by its library or the
 * administrator, valid against {@code vn-library}; an existing one only with the {@code If-Match} of its
 * current version, and its province only by the administrator, who alone makes a library the provincial
 * public library (type {@code PUBLIC}, designated {@code governingLevel PROVINCIAL}) that collects its
 * province's readiness surveys.
 */
final class LibrariesHandler implements HubRouter.Resource {
  private final HubStore store;

  LibrariesHandler(HubStore store) {
    this.store = store;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.of("GET", "/v1/libraries", (c, p) -> list(c)),
        Route.of("GET", "/v1/libraries/([^/]+)", (c, p) -> get(p.get(0))),
        Route.of("PUT", "/v1/libraries/([^/]+)", (c, p) -> save(c, p.get(0))));
  }

  private Answer list(Call c) {
    String province = c.query().get("province");
    String type = c.query().get("type");
    String q = c.query().get("q");
    List<String> words = q == null ? List.of() : List.of(VietnameseText.fold(q).split(" "));
    List<Library> all = store.libraries().stream().map(Versioned::value)
        .filter(l -> province == null || l.provinceCode().map(province::equals).orElse(false))
        .filter(l -> type == null || (l.type() != null && l.type().name().equals(type)))
        .filter(l -> words.isEmpty() || List.of(VietnameseText.fold(l.name() + " " + (l.nameEn() == null ? "" : l.nameEn())).split(" "))
            .containsAll(words))
        .collect(Collectors.toList());
    return Answer.json(200, HandlerSupport.page(all, c));
  }

  private Answer get(String isil) {
    return store.library(isil).map(v -> Answer.json(200, v.value()).withHeader("ETag", v.etag()))
        .orElseGet(() -> Answer.problem(ProblemCode.NOT_FOUND, "No such library", "The national database has no library " + isil));
  }

  private Answer save(Call c, String isil) {
    mayWrite(c, isil);
    Library lib = read(c, Library.class);
    if (!isil.equals(lib.isil())) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "ISIL mismatch", "The body describes " + lib.isil() + ", the path " + isil);
    }
    Versioned<Library> old = store.library(isil).orElse(null);
    if (old == null && c.ifMatch() != null && !c.ifMatch().equals("*")) {
      return Answer.problem(ProblemCode.CONFLICT, "Lost update", "Library " + isil + " does not exist, so it is not at " + c.ifMatch());
    }
    if (old != null && c.ifMatch() != null && !old.etag().equals(c.ifMatch())) {
      return Answer.problem(ProblemCode.CONFLICT, "Lost update", "Library " + isil + " is at " + old.etag() + ", not " + c.ifMatch());
    }
    valid(NationalProfiles.library().validate(lib), "library");
    // The province decides whose survey answers a library may give: only the administrator moves a library.
    if (old != null && !c.admin() && !old.value().provinceCode().equals(lib.provinceCode())) {
      return Answer.problem(ProblemCode.FORBIDDEN, "Province change not allowed / Không được tự đổi tỉnh",
          "Only the administrator changes the province of " + isil + " (" + old.value().provinceCode().orElse("none") + ") / "
              + "Chỉ quản trị viên mới đổi được tỉnh của " + isil);
    }
    // The provincial public library collects its province's readiness surveys: only the administrator makes one.
    if (!c.admin() && HubSurveys.isProvincialLibrary(lib) && (old == null || !HubSurveys.isProvincialLibrary(old.value()))) {
      return Answer.problem(ProblemCode.FORBIDDEN, "Provincial designation not allowed / Không được tự nhận là thư viện cấp tỉnh",
          "Only the administrator registers " + isil + " as the provincial public library of its province / "
              + "Chỉ quản trị viên mới đăng ký được " + isil + " là thư viện công cộng cấp tỉnh");
    }
    if (old != null && c.ifMatch() == null) {
      return Answer.problem(ProblemCode.PRECONDITION_REQUIRED, "If-Match required",
          "Library " + isil + " exists; send If-Match with the ETag you read (" + old.etag() + " now)");
    }
    Versioned<Library> now = Versioned.after(old, lib);
    store.putLibrary(now);
    store.appendChange(ChangeType.LIBRARY_UPDATED, isil, null, c.signer(), c.now());
    return Answer.json(old == null ? 201 : 200, lib).withHeader("ETag", now.etag());
  }
}
