/**
 * Readiness questionnaires and the responses of libraries: {@link
 * vn.libnet.core.readiness.survey.Questionnaire sections of typed questions}, conditions that show or hide
 * a question, the indicator each answer feeds; {@link vn.libnet.core.readiness.survey.ReadinessResponse
 * responses} with values measured from the network beside the declared ones, resolved question by
 * question in an {@link vn.libnet.core.readiness.survey.AnswerSheet}; and their checks, the profile {@code
 * vn-readiness-response} ({@link vn.libnet.core.readiness.survey.ResponseProfile}).
 */
package vn.libnet.core.readiness.survey;
