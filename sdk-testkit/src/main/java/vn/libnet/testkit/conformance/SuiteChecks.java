package vn.libnet.testkit.conformance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the suites share: a check gives its evidence as a message of the catalogue, or throws {@link
 * Failed} with the reason; {@link #check} turns either, or anything unforeseen, into a {@link CheckResult}
 * and never throws for what the endpoint did.
 */
final class SuiteChecks {
  private SuiteChecks() {}

  /** One check: returns the evidence, or throws {@link Failed} (or anything) with the reason. */
  @FunctionalInterface
  interface Check {
    Said run() throws Exception;
  }

  /** A message of the catalogue (messages_*.properties): its key and its arguments as strings. */
  record Said(String key, List<String> arguments) {}

  static Said said(String key, Object... args) {
    return new Said(key, Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The reason a check failed, as a message of the catalogue. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Said why;

    Failed(String key, Object... args) {
      this(SuiteChecks.said(key, args));
    }

    Failed(Said why) {
      super(why.key(), null, false, false);
      this.why = why;
    }

    /** The reason, as a message of the catalogue. */
    Said reason() {
      return why;
    }
  }

  static void expect(boolean ok, String key, Object... args) throws Failed {
    if (!ok) {
      throw new Failed(key, args);
    }
  }

  static CheckResult check(ConformanceRequirement r, Check c) {
    try {
      Said s = c.run();
      return new CheckResult(r, true, s.key(), s.arguments());
    } catch (Failed f) {
      return new CheckResult(r, false, f.why.key(), f.why.arguments());
    } catch (vn.libnet.client.LibnetProblemException e) {
      // The hub's own detail is its wording (English, from the reference hub): quoted as data, in both languages.
      return new CheckResult(r, false, "CONFORMANCE_HUB_REFUSED", e.arguments());
    } catch (vn.libnet.core.error.LibnetException e) {
      // The SDK's own refusals say what happened in words, in both languages; a tester reads them, not class names.
      if (wordedByCatalogue(e)) {
        return new CheckResult(r, false, e.messageKey(), e.arguments());
      }
      return new CheckResult(r, false, "CONFORMANCE_SDK_REFUSED", List.of(e.getMessage()));
    } catch (Exception | AssertionError e) {
      return new CheckResult(r, false, "CONFORMANCE_UNEXPECTED", List.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  // A subclass may word its message around the catalogue's (a record number first): then only its English text is known here.
  private static boolean wordedByCatalogue(vn.libnet.core.error.LibnetException e) {
    try {
      return e.getClass().getMethod("message", Locale.class).getDeclaringClass() == vn.libnet.core.error.LibnetException.class;
    } catch (NoSuchMethodException impossible) {
      return false;
    }
  }
}
