package vn.libnet.core.signature;

import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/**
 * A signature could not be made or verified, with the exact reason ({@link SignatureFailure}) and a
 * message in English ({@link #getMessage()}) or Vietnamese ({@link #message(Locale)}). Unchecked.
 */
public final class SignatureException extends RuntimeException {
  private final SignatureFailure failure;
  private final transient Object[] arguments;

  SignatureException(SignatureFailure failure, Object... arguments) {
    super(Messages.format(Locale.ENGLISH, failure.code(), strings(arguments)));
    this.failure = failure;
    this.arguments = strings(arguments);
  }

  /** Why. */
  public SignatureFailure failure() {
    return failure;
  }

  /** The message's arguments, as text (for {@code NONCE_CACHE_FULL}, the seconds until there is room). */
  public java.util.List<String> arguments() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Object a : arguments) {
      out.add((String) a);
    }
    return java.util.List.copyOf(out);
  }

  /** The message in {@code locale}. */
  public String message(Locale locale) {
    return Messages.format(locale, failure.code(), arguments);
  }

  @Override
  public String getLocalizedMessage() {
    return message(Locale.getDefault());
  }

  private static Object[] strings(Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] = String.valueOf(args[i]);
    }
    return out;
  }
}
