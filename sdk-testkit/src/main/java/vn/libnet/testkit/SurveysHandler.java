package vn.libnet.testkit;

import java.util.List;
import java.util.stream.Collectors;
import vn.libnet.client.model.SurveyResponse;
import vn.libnet.client.model.SurveyScores;
import vn.libnet.testkit.HubRouter.Route;

/**
 * The readiness survey: {@code GET /v1/surveys/{surveyId}} (the questionnaire), {@code POST} a response to
 * {@code /v1/surveys/{surveyId}/responses} (201 with its scores, kept in place of the respondent's
 * earlier ones) and {@code GET} the scores, of one respondent with {@code ?respondent=}. Who may answer
 * and how answers score is {@link HubSurveys}.
 */
final class SurveysHandler implements HubRouter.Resource {
  private final HubStore store;
  // A province's survey answers are written by its libraries: the province of the signer's registered profile.
  private final HubSurveys surveys;

  SurveysHandler(HubStore store) {
    this.store = store;
    this.surveys = new HubSurveys(isil -> store.library(isil).flatMap(v -> v.value().provinceCode()));
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.of("GET", "/v1/surveys/([^/]+)/responses", (c, p) -> scores(c, p.get(0))),
        Route.of("POST", "/v1/surveys/([^/]+)/responses", (c, p) -> submit(c, p.get(0))),
        Route.of("GET", "/v1/surveys/([^/]+)", (c, p) -> surveys.get(p.get(0))));
  }

  private Answer submit(Call c, String id) {
    if (!surveys.runs(id)) {
      return surveys.get(id);
    }
    SurveyScores s = surveys.score(c, HandlerSupport.read(c, SurveyResponse.class));
    store.putScores(s);
    return Answer.json(201, s);
  }

  private Answer scores(Call c, String id) {
    if (!surveys.runs(id)) {
      return surveys.get(id);
    }
    String respondent = c.query().get("respondent");
    List<SurveyScores> all = store.scores().stream().filter(s -> respondent == null || respondent.equals(s.respondent()))
        .collect(Collectors.toList());
    return Answer.json(200, HandlerSupport.page(all, c));
  }
}
