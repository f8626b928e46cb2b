package vn.libnet.client;

import vn.libnet.core.error.ErrorCode;

/** Why a call of the LibNet client failed: the codes of {@link LibnetClientException} and its subclasses. */
public enum ClientFailure implements ErrorCode {
  /** The hub refused the call with an RFC 9457 problem document ({@link LibnetProblemException}). */
  CLIENT_PROBLEM,
  /** The hub's answer did not verify ({@link LibnetSignatureException}). */
  CLIENT_RESPONSE_SIGNATURE,
  /** The hub could not be reached within the retry policy ({@link LibnetTransportException}). */
  CLIENT_TRANSPORT,
  /** The answer was a redirect the client did not follow ({@link LibnetRedirectException}). */
  CLIENT_REDIRECT,
  /** The hub's answer could not be read as what the call returns. */
  CLIENT_BAD_RESPONSE,
  /** A checkpoint belongs to another job or input. */
  CLIENT_CHECKPOINT_MISMATCH,
  /** A checkpoint file cannot be read. */
  CLIENT_CHECKPOINT_UNREADABLE,
  /** The hub's keys would be fetched over plain http. */
  CLIENT_HUB_KEYS_INSECURE,
  /** The hub's keys do not include the anchor key the client was given. */
  CLIENT_HUB_KEY_MISMATCH,
  /** The hub's answer to a batch is not about that batch. */
  CLIENT_BATCH_ANSWER_MISMATCH,
  /** An OAI-PMH repository answered with one of the protocol's error codes ({@code vn.libnet.client.oai.OaiErrorException}). */
  CLIENT_OAI_ERROR,
  /** An OAI-PMH list did not come to an end: a resumption token repeated, or empty pages that never finish. */
  CLIENT_OAI_LOOP,
  /** An SRU server answered with a fatal diagnostic ({@code vn.libnet.client.sru.SruDiagnosticException}). */
  CLIENT_SRU_DIAGNOSTIC
}
