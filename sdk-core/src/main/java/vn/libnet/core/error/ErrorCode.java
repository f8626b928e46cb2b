package vn.libnet.core.error;

/**
 * A stable machine code for an error the SDK raises, such as {@code ISBN_CHECKSUM} or {@code
 * SIG_BAD_SIGNATURE}. Each module declares its codes as one enum implementing this interface ({@link
 * vn.libnet.core.id.IdentifierFailure}, {@link vn.libnet.core.signature.SignatureFailure}, sdk-marc's
 * {@code MarcFailure}, sdk-client's {@code ClientFailure}), so a program switches over a closed set
 * instead of comparing strings, and a code's text is found in the {@link vn.libnet.core.i18n.Messages}
 * catalogue under {@link #code()}.
 *
 * <p>Implementations are enums: {@link LibnetException} relies on their serialising by name.
 */
public interface ErrorCode {
  /** The enum constant's name. */
  String name();

  /**
   * The stable code programs use and the key of its message in both languages; by default the
   * constant's name.
   */
  default String code() {
    return name();
  }
}
