package vn.libnet.core.text;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The legacy encoding of a whole source: a file or a feed from one old system is written in one encoding,
 * so what its first records show is evidence for the records that follow. Either the caller declares the
 * encoding ({@link #declared}), or it is learned ({@link #learning}) from the decisions of the records
 * already read, over a bounded window of the most recent ones: the input is read once, never twice, so
 * pipes work, and memory stays constant.
 *
 * <p>A learned encoding is offered only when the window holds at least {@value #MIN_DECISIONS} records
 * that decided on their own evidence and at least 90 % of them chose the same encoding; one stray record
 * never sways a source, and a source that mixes encodings never gets one.
 *
 * <p>Not thread-safe: one instance follows one source, read in order.
 */
public final class SourceEncoding {
  /** Records that must have decided on their own before a learned encoding is offered. */
  public static final int MIN_DECISIONS = 3;

  /** The window a {@link #learning()} source keeps. */
  public static final int DEFAULT_WINDOW = 200;

  private final LegacyEncoding declared;
  private final LegacyEncoding[] window;
  private final int[] counts = new int[LegacyEncoding.values().length];
  private int next;
  private int size;

  private SourceEncoding(LegacyEncoding declared, int window) {
    this.declared = declared;
    this.window = new LegacyEncoding[window];
  }

  /** A source the caller says is in {@code encoding}: every record is read in it. */
  public static SourceEncoding declared(LegacyEncoding encoding) {
    return new SourceEncoding(Objects.requireNonNull(encoding, "encoding"), 1);
  }

  /** A source whose encoding is learned over the last {@value #DEFAULT_WINDOW} decided records. */
  public static SourceEncoding learning() {
    return learning(DEFAULT_WINDOW);
  }

  /**
   * A source whose encoding is learned over the last {@code window} decided records.
   *
   * @throws IllegalArgumentException when {@code window} is below {@value #MIN_DECISIONS}
   */
  public static SourceEncoding learning(int window) {
    if (window < MIN_DECISIONS) {
      throw new IllegalArgumentException("window " + window + " < " + MIN_DECISIONS);
    }
    return new SourceEncoding(null, window);
  }

  /** Whether the caller declared the encoding. */
  public boolean isDeclared() {
    return declared != null;
  }

  /**
   * Notes that a record decided on its own evidence that it is in {@code encoding}. Ignored for a declared
   * source. The oldest decision leaves the window when it is full.
   */
  public void recordDecided(LegacyEncoding encoding) {
    Objects.requireNonNull(encoding, "encoding");
    if (declared != null) {
      return;
    }
    if (size == window.length) {
      counts[window[next].ordinal()]--;
    } else {
      size++;
    }
    window[next] = encoding;
    counts[encoding.ordinal()]++;
    next = (next + 1) % window.length;
  }

  /** The source's encoding: the declared one, or the learned one when the window is clear enough. */
  public Optional<LegacyEncoding> encoding() {
    if (declared != null) {
      return Optional.of(declared);
    }
    if (size < MIN_DECISIONS) {
      return Optional.empty();
    }
    for (LegacyEncoding e : LegacyEncoding.values()) {
      if (counts[e.ordinal()] * 10 >= size * 9) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The decisions now in the window, by encoding (empty for a declared source). */
  public Map<LegacyEncoding, Integer> decisions() {
    Map<LegacyEncoding, Integer> out = new EnumMap<>(LegacyEncoding.class);
    for (LegacyEncoding e : LegacyEncoding.values()) {
      if (counts[e.ordinal()] > 0) {
        out.put(e, counts[e.ordinal()]);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return declared != null ? "SourceEncoding[declared " + declared + "]" : "SourceEncoding[learned " + decisions() + "]";
  }
}
