package vn.libnet.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Every error a person can cause, as one line in their language that names what to do: no Java class or
 * exception name, no stack trace unless {@code --debug}. Exit code 2, the command could not do its job.
 */
final class CliErrors {
  private CliErrors() {}

  /** picocli's parse errors, which come before any option (so {@code --lang} too) is applied. */
  static int onParameterError(ParameterException e, Locale locale) {
    CommandLine cmd = e.getCommandLine();
    String seeHelp = CliText.text(locale, "error.seeHelp", cmd.getCommandSpec().qualifiedName(" "));
    cmd.getErr().println(describe(e, locale) + " " + seeHelp);
    return LibnetCli.USAGE_OR_IO;
  }

  static int onExecutionError(Exception e, CommandLine cmd, Locale locale, boolean debug) {
    PrintWriter err = cmd.getErr();
    Throwable t = e;
    if (t instanceof Cli.UserError) {
      err.println(t.getMessage());
    } else if (isUnreachable(t)) {
      err.println(unreachable(cmd, locale));
    } else {
      err.println(describe(t, locale));
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return LibnetCli.USAGE_OR_IO;
  }

  static String unreachable(CommandLine cmd, Locale locale) {
    OptionSpec hub = cmd.getCommandSpec().findOption("--hub");
    Object url = hub == null ? null : hub.getValue();
    return CliText.text(locale, "error.unreachable", url == null ? "" : url);
  }

  static String describe(ParameterException e, Locale locale) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      if (u.isUnknownOption()) {
        List<String> suggestions = u.getSuggestions();
        return suggestions.isEmpty()
            ? CliText.text(locale, "error.unknownOption", first)
            : CliText.text(locale, "error.unknownOptionSuggest", first, String.join(", ", suggestions));
      }
      var subcommands = e.getCommandLine().getSubcommands();
      if (!subcommands.isEmpty() && !subcommands.containsKey(first)) {
        return CliText.text(locale, "error.unknownCommand", first,
            subcommands.keySet().stream().filter(n -> !n.equals("help")).collect(Collectors.joining(", ")));
      }
      return CliText.text(locale, "error.unexpectedArgument", first);
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      return CliText.text(locale, "error.missing", m.getMissing().stream().map(CliErrors::label).collect(Collectors.joining(", ")));
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return CliText.text(locale, "error.repeated", label(o.getOverwritten()));
    }
    ArgSpec arg = e.getArgSpec();
    String value = e.getValue();
    if (arg != null && value != null) {
      String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
      Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
      if (type.isEnum() || arg.paramLabel().contains("|")) {
        return CliText.text(locale, "error.badEnum", name, value, validValues(arg, type));
      }
      if (Number.class.isAssignableFrom(boxed(type))) {
        return CliText.text(locale, "error.badNumber", name, value);
      }
      return CliText.text(locale, "error.badValue", name, value);
    }
    // thrown by a command about its own arguments: its message already says what is wrong, in English; the
    // Vietnamese line is a whole sentence of its own and quotes that message as data, never mixing the two
    return CliText.text(locale, "error.usage", e.getMessage());
  }

  /**
   * Any other failure, in the person's language where the SDK has the words. A JDK or library message is
   * English: the Vietnamese line says what happened in a sentence of its own and quotes it after a colon.
   */
  static String describe(Throwable t, Locale locale) {
    if (t instanceof UncheckedIOException u && u.getCause() != null) {
      t = u.getCause();
    }
    if (t instanceof NoSuchFileException f) {
      return CliText.text(locale, "error.noFile", f.getFile());
    }
    if (t instanceof AccessDeniedException f) {
      return CliText.text(locale, "error.noAccess", f.getFile());
    }
    if (t instanceof NotDirectoryException f) {
      return CliText.text(locale, "error.notDirectory", f.getFile());
    }
    if (t instanceof FileSystemException f && f.getFile() != null && java.nio.file.Files.isDirectory(java.nio.file.Path.of(f.getFile()))) {
      return CliText.text(locale, "error.isDirectory", f.getFile());
    }
    if (t instanceof FileSystemException f) {
      return CliText.text(locale, "error.io", f.getFile(), f.getReason() == null ? "" : f.getReason());
    }
    JsonProcessingException json = find(t, JsonProcessingException.class);
    if (json != null) {
      JsonLocation at = json.getLocation();
      return CliText.text(locale, "error.json", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    }
    String localized = localized(t, locale);
    if (localized != null) {
      return localized;
    }
    String message = t.getMessage();
    if (t instanceof IOException || t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
      if (message != null && !message.isBlank()) {
        return CliText.text(locale, "error.failed", message);
      }
    }
    // Nothing to quote: the line ends with what to do rather than an empty quotation.
    return message == null || message.isBlank() ? CliText.text(locale, "error.unexpectedBare") : CliText.text(locale, "error.unexpected", message);
  }

  /** True when the failure is that a server cannot be reached at all, whatever wraps it. */
  static boolean isUnreachable(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof NoRouteToHostException
          || c instanceof HttpConnectTimeoutException || c instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The SDK's exceptions each carry a code and {@code message(Locale)}; they do not (yet) share a base type,
   * so the method is found by name rather than by listing every type here.
   */
  static String localized(Throwable t, Locale locale) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (!c.getClass().getName().startsWith("vn.libnet.")) {
        continue;
      }
      try {
        Method m = c.getClass().getMethod("message", Locale.class);
        Object text = m.invoke(c, locale);
        if (text instanceof String s && !s.isBlank()) {
          return s;
        }
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // not one of ours after all: fall through to the generic line
      }
    }
    return null;
  }

  static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  private static String label(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.typeInfo().isBoolean() ? o.longestName() : o.longestName() + " " + o.paramLabel();
    }
    return arg.paramLabel();
  }

  private static String validValues(ArgSpec arg, Class<?> type) {
    if (arg.paramLabel().contains("|")) {
      return String.join(", ", arg.paramLabel().split("\\|"));
    }
    return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return type == boolean.class ? Boolean.class : type == char.class ? Character.class : Number.class;
  }
}
