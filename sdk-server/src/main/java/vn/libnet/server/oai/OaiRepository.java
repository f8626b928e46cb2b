package vn.libnet.server.oai;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A repository as OAI-PMH 2.0 Identify describes it.
 *
 * @param name the repository's name
 * @param baseUrl the base URL harvesters use (the servlet's public URL)
 * @param adminEmails at least one administrator address
 * @param earliestDatestamp the oldest datestamp of any record
 * @param deletedRecord the deleted-record policy: {@code no}, {@code transient} or {@code persistent}
 * @param secondsGranularity whether datestamps have seconds ({@code YYYY-MM-DDThh:mm:ssZ}) or are days
 */
public record OaiRepository(String name, String baseUrl, List<String> adminEmails, Instant earliestDatestamp, String deletedRecord,
    boolean secondsGranularity) {
  /** Checks the parts Identify requires. */
  public OaiRepository {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(earliestDatestamp, "earliestDatestamp");
    adminEmails = List.copyOf(adminEmails);
    if (adminEmails.isEmpty()) {
      throw new IllegalArgumentException("Identify needs at least one admin email");
    }
    if (!List.of("no", "transient", "persistent").contains(deletedRecord)) {
      throw new IllegalArgumentException("deletedRecord is no, transient or persistent, not " + deletedRecord);
    }
  }
}
