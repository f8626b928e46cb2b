package vn.libnet.testkit.conformance;

import java.util.Locale;

/**
 * A requirement a conformance suite checks, with its text in both languages: {@link Requirement} for
 * LibNet API v1, {@link OaiRequirement} for OAI-PMH 2.0, {@link SruRequirement} for SRU. Its {@link #name()} is a
 * stable code for programs.
 */
public sealed interface ConformanceRequirement permits Requirement, OaiRequirement, SruRequirement {
  /** The stable code, such as {@code REPLAY_REFUSED}. */
  String name();

  /** The requirement in English. */
  String english();

  /** The requirement in Vietnamese. */
  String vietnamese();

  /** The requirement in {@code locale}'s language (Vietnamese for {@code vi}, English for any other). */
  default String text(Locale locale) {
    return "vi".equals(locale.getLanguage()) ? vietnamese() : english();
  }
}
