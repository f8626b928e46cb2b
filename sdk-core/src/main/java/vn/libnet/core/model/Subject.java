package vn.libnet.core.model;

import java.util.Objects;

/**
 * A subject heading or keyword.
 *
 * @param term the heading, subdivisions separated by " -- ", e.g. "Lịch sử -- Việt Nam"
 * @param kind what the heading names; {@link SubjectKind#TOPIC} when not given
 * @param scheme the thesaurus or list, e.g. "lcsh", "bộ TĐCĐ TVQG"; {@code null} for keywords
 */
public record Subject(String term, SubjectKind kind, String scheme) {
  /** Defaults kind to topic. */
  public Subject {
    kind = Objects.requireNonNullElse(kind, SubjectKind.TOPIC);
  }
}
