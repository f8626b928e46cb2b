package vn.libnet.client.oai;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The finest datestamp a repository supports (its Identify {@code granularity}), always in UTC. */
public enum OaiGranularity {
  /** {@code YYYY-MM-DD}. */
  DAY("YYYY-MM-DD", DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC)),
  /** {@code YYYY-MM-DDThh:mm:ssZ}. */
  SECONDS("YYYY-MM-DDThh:mm:ssZ", DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC));

  private final String pattern;
  private final DateTimeFormatter format;

  OaiGranularity(String pattern, DateTimeFormatter format) {
    this.pattern = pattern;
    this.format = format;
  }

  /** The pattern as OAI-PMH writes it, e.g. {@code YYYY-MM-DD}. */
  public String pattern() {
    return pattern;
  }

  /** {@code instant} as a {@code from}/{@code until} argument at this granularity (truncated, UTC). */
  public String format(Instant instant) {
    return format.format(Objects.requireNonNull(instant, "instant").truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * The granularity an Identify answer names; anything but the seconds pattern (trimmed) is {@link #DAY},
   * the one every repository must support.
   */
  public static OaiGranularity fromPattern(String pattern) {
    return pattern != null && pattern.strip().equals(SECONDS.pattern) ? SECONDS : DAY;
  }
}
