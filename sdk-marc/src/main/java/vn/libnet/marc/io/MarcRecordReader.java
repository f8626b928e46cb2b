package vn.libnet.marc.io;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads records one at a time from a file or stream, with constant memory whatever the input's size.
 * Not thread-safe. Closing it closes the input.
 *
 * <p>{@link #next()} throws {@link MarcReadException} in strict mode when a record is damaged;
 * I/O failures surface as {@link java.io.UncheckedIOException}.
 */
public interface MarcRecordReader extends Iterator<MarcRead>, Closeable {

  /** The records as a sequential stream; closing the stream closes this reader. */
  default Stream<MarcRead> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** Closes the input; never throws for I/O. */
  @Override
  void close();
}
