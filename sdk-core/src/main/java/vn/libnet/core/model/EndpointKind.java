package vn.libnet.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of service a library exposes to the network. */
public enum EndpointKind {
  /** An OAI-PMH 2.0 repository base URL. */
  @JsonProperty("OAI-PMH")
  OAI_PMH,
  /** An SRU 2.0 (Search/Retrieve via URL) base URL. */
  @JsonProperty("SRU")
  SRU,
  /** A Z39.50 target, written {@code z3950://host:port/database}. */
  @JsonProperty("Z39.50")
  Z39_50,
  /** A LibNet API v1 base URL. */
  @JsonProperty("LibNet")
  LIBNET
}
