package vn.libnet.core.model;

/** What a subject heading names (MARC 21 600, 610, 611, 630, 650, 651, 655). */
public enum SubjectKind {
  /** A topic (650). */
  TOPIC,
  /** A person (600). */
  PERSON,
  /** An organisation (610). */
  ORGANIZATION,
  /** A meeting or event (611). */
  EVENT,
  /** A work (630). */
  WORK,
  /** A place (651). */
  PLACE,
  /** A genre or form (655). */
  GENRE
}
