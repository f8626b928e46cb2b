package vn.libnet.client.sru;

import java.util.Objects;

/**
 * A record schema an SRU server's explain record announces.
 *
 * @param name the short name to ask it by as {@code recordSchema} (e.g. {@code marcxml}), empty when none
 * @param identifier its URI (e.g. {@code info:srw/schema/1/marcxml-v1.1}), empty when none
 * @param title its human title, empty when none
 */
public record SruSchema(String name, String identifier, String title) {
  /** Checks the parts. */
  public SruSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(title, "title");
  }
}
