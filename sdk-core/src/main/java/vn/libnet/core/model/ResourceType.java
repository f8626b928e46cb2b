package vn.libnet.core.model;

/** What kind of resource a bibliographic record describes; follows MARC 21 Leader/06 and /07. */
public enum ResourceType {
  /** Printed or manuscript language material: books, theses, pamphlets. */
  TEXT,
  /** Continuing resources: journals, newspapers, series. */
  SERIAL,
  /** Maps and atlases. */
  CARTOGRAPHIC,
  /** Printed or manuscript music. */
  NOTATED_MUSIC,
  /** Sound recordings, musical or not. */
  SOUND_RECORDING,
  /** Films, videos. */
  MOVING_IMAGE,
  /** Photographs, pictures, posters. */
  STILL_IMAGE,
  /** Software, data sets, online resources that are not text. */
  COMPUTER_FILE,
  /** Kits and mixed materials. */
  MIXED_MATERIALS,
  /** Three-dimensional artefacts and realia. */
  THREE_DIMENSIONAL,
  /** Manuscript language material (Hán Nôm texts, archives). */
  MANUSCRIPT
}
