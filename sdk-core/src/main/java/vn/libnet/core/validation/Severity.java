package vn.libnet.core.validation;

/** How serious a validation issue is. */
public enum Severity {
  /** The data breaks the profile: the hub refuses it. */
  ERROR,
  /** The data is accepted, but should be fixed. */
  WARNING,
  /** A remark, e.g. a repair that was made. */
  INFO
}
