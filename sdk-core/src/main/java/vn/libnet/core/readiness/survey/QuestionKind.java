package vn.libnet.core.readiness.survey;

/** The kind of answer a question takes. */
public enum QuestionKind {
  /** Yes or no: {@code yes}, {@code no} (also {@code true}/{@code false}, {@code có}/{@code không}). */
  YES_NO,
  /** A number of things, zero or more. */
  NUMBER,
  /** A percentage from 0 to 100. */
  SHARE,
  /** One of the question's choices, by value. */
  CHOICE,
  /** Free text. */
  TEXT
}
