package vn.libnet.client.sru;

/**
 * How the client asks the server to put records in its answer: as XML inside {@code recordData}, or as
 * a string (the record's XML escaped as text). SRU 1.x calls the parameter {@code recordPacking}, SRU 2.0
 * {@code recordXMLEscaping}. Whatever was asked, the client reads both: a server that ignores the
 * parameter costs nothing.
 */
public enum SruRecordPacking {
  /** Records as XML elements (the default). */
  XML,
  /** Records as escaped text. */
  STRING
}
