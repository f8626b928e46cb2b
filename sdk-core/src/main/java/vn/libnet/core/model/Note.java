package vn.libnet.core.model;

/**
 * A note on a record.
 *
 * @param type the kind of note, e.g. "general", "contents", "summary", "bibliography"
 * @param text the note
 */
public record Note(String type, String text) {}
