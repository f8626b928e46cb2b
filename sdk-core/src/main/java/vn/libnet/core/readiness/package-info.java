/**
 * Readiness of the library sector for digital transformation: the criteria of the national programme
 * (Decision 206/QĐ-TTg of 11 February 2021) as versioned data, the questionnaire that collects a library's
 * answers, their validation, and scores per library, province and type.
 *
 * <p>{@link vn.libnet.core.readiness.ReadinessCatalog} finds the criteria and default questionnaire of a
 * version by id ({@code qd206-2021}) among the resources on the class path; a newer version is a new
 * resource, not new code. The sub-packages split the work by concern: {@code criteria} (indicators,
 * groups of libraries, targets), {@code survey} (questionnaires, responses, their checks), {@code scoring}
 * (per library and aggregated) and {@code statistics} (consistency of TCVN 12843:2019 yearly reports).
 * The method is described in {@code docs/readiness.md}.
 */
package vn.libnet.core.readiness;
