package vn.libnet.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.libnet.core.model.Library;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregator;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.testkit.HubRouter.Route;

/**
 * The readiness surveys: {@code GET /v1/surveys/{id}} (the questionnaire), {@code POST} a response to
 * {@code /v1/surveys/{id}/responses} (201 with the library's score, kept in place of its earlier one),
 * {@code GET} the scores, of one library with {@code ?isil=}, and {@code GET /v1/surveys/{id}/scores?by=province|type}
 * (the aggregates of {@link ReadinessAggregator} over every registered library, those without a score
 * counted as not answered). Who may answer and how answers score is {@link HubSurveys}. An unknown
 * questionnaire is 404.
 */
final class SurveysHandler implements HubRouter.Resource {
  private final HubStore store;
  private final HubSurveys surveys;

  SurveysHandler(HubStore store) {
    this.store = store;
    this.surveys = new HubSurveys(store);
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.of("GET", "/v1/surveys/([^/]+)/responses", (c, p) -> scores(c, p.get(0))),
        Route.of("POST", "/v1/surveys/([^/]+)/responses", (c, p) -> submit(c, p.get(0))),
        Route.of("GET", "/v1/surveys/([^/]+)/scores", (c, p) -> aggregates(c, p.get(0))),
        Route.of("GET", "/v1/surveys/([^/]+)", (c, p) -> Answer.json(200, surveys.survey(p.get(0)).questionnaire())));
  }

  private Answer submit(Call c, String id) {
    HubSurveys.Survey survey = surveys.survey(id);
    LibraryScore s = surveys.score(c, survey, HandlerSupport.read(c, ReadinessResponse.class));
    store.putScore(s);
    return Answer.json(201, s);
  }

  private Answer scores(Call c, String id) {
    surveys.survey(id);
    String isil = c.query().get("isil");
    List<LibraryScore> all = store.scores().stream().filter(s -> isil == null || isil.equals(s.isil())).toList();
    return Answer.json(200, HandlerSupport.page(all, c));
  }

  private Answer aggregates(Call c, String id) {
    HubSurveys.Survey survey = surveys.survey(id);
    String by = c.query().getOrDefault("by", "province");
    Map<String, LibraryScore> stored = new TreeMap<>();
    store.scores().forEach(s -> stored.put(s.isil(), s));
    List<LibraryScore> every = new ArrayList<>();
    for (HubStore.Versioned<Library> l : store.libraries()) {
      LibraryScore s = stored.get(l.value().isil());
      // Placed by the profile as it is now: a library moved since it answered counts in its new province; one
      // whose type or groups changed was scored against other targets, so its score is stale: not answered.
      LibraryScore now = survey.scorer().score(l.value(), null);
      if (s == null || s.type() != now.type() || !s.groups().equals(now.groups())) {
        every.add(now);
      } else {
        every.add(new LibraryScore(s.isil(), now.provinceCode(), s.type(), s.groups(), s.answered(), s.indicators(), s.score(), s.band()));
      }
    }
    ReadinessAggregator aggregator = new ReadinessAggregator(survey.criteria());
    return switch (by) {
      case "province" -> Answer.json(200, aggregator.byProvince(every));
      case "type" -> Answer.json(200, aggregator.byType(every));
      default -> Answer.problem(ProblemCode.BAD_REQUEST, "Unknown grouping",
          "by is province or type, not " + HubTexts.echo(by));
    };
  }
}
