package vn.libnet.client.model;

import java.util.Objects;

/**
 * A resource with its entity tag, for updates with {@code If-Match}: read, change, and send it back with
 * the tag; the hub answers 409 CONFLICT if someone else changed it in between.
 *
 * @param value the resource
 * @param etag the entity tag as the hub sent it (quotes included)
 * @param <T> the resource type
 */
public record Versioned<T>(T value, String etag) {
  /** Checks that the value is present. */
  public Versioned {
    Objects.requireNonNull(value, "value");
  }
}
