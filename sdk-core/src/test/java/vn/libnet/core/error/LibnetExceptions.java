package vn.libnet.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/**
 * Checks every module runs on its exceptions and codes (shared through sdk-core's test jar): an exception
 * survives Java serialization with its code, arguments and both languages' messages, and every code of a
 * module's enum has a text in both languages.
 */
public final class LibnetExceptions {
  private LibnetExceptions() {}

  /** Serializes and deserializes {@code e}, asserts the copy keeps what a caller reads, and returns it. */
  @SuppressWarnings("unchecked")
  public static <T extends LibnetException> T assertSurvivesSerialization(T e) {
    T copy;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(e);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        copy = (T) in.readObject();
      }
    } catch (IOException | ClassNotFoundException ex) {
      throw new UncheckedIOException(new IOException("cannot serialise " + e.getClass().getName(), ex));
    }
    assertThat(copy).isNotSameAs(e).isExactlyInstanceOf(e.getClass());
    assertThat(copy.errorCode()).isSameAs(e.errorCode());
    assertThat(copy.code()).isEqualTo(e.code());
    assertThat(copy.messageKey()).isEqualTo(e.messageKey());
    assertThat(copy.arguments()).isEqualTo(e.arguments());
    assertThat(copy.message(Locale.ENGLISH)).isEqualTo(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(copy.message(Messages.VIETNAMESE)).isEqualTo(e.message(Messages.VIETNAMESE))
        .isNotEqualTo(e.message(Locale.ENGLISH));
    return copy;
  }

  /** Asserts that every constant of {@code codes} has a text in English and in Vietnamese. */
  public static <E extends Enum<E> & ErrorCode> void assertEveryCodeHasTexts(Class<E> codes) {
    assertThat(codes.getEnumConstants()).isNotEmpty();
    for (E code : codes.getEnumConstants()) {
      assertThat(Messages.keys(Locale.ENGLISH)).as(code.code()).contains(code.code());
      assertThat(Messages.keys(Messages.VIETNAMESE)).as(code.code()).contains(code.code());
    }
  }
}
