package vn.libnet.client.oai;

import java.util.List;

/**
 * A repository's Identify answer. Values are as the repository wrote them, trimmed; an element it left
 * out is an empty string (or list).
 *
 * @param repositoryName the human name of the repository
 * @param baseUrl the base URL the repository says it has (it may differ from the one asked)
 * @param protocolVersion {@code 2.0} for OAI-PMH 2.0
 * @param earliestDatestamp the earliest datestamp, as written
 * @param deletedRecord how the repository keeps deletions
 * @param granularity the finest datestamp the repository supports
 * @param adminEmails the administrators' e-mail addresses
 */
public record OaiIdentify(String repositoryName, String baseUrl, String protocolVersion, String earliestDatestamp,
    OaiDeletedRecord deletedRecord, OaiGranularity granularity, List<String> adminEmails) {
  /** Copies the list. */
  public OaiIdentify {
    adminEmails = List.copyOf(adminEmails);
  }
}
