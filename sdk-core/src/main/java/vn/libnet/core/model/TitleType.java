package vn.libnet.core.model;

/** The role of a title in a bibliographic record (MARC 21 245, 246, 240/130, 490). */
public enum TitleType {
  /** The title proper (245); exactly one per record. */
  MAIN,
  /** A title in another language or script (246 second indicator 1). */
  PARALLEL,
  /** Any other form of the title (246). */
  VARIANT,
  /** A uniform title (130/240). */
  UNIFORM,
  /** The title of a series the resource belongs to (490). */
  SERIES
}
