package vn.libnet.server.oai;

import java.util.Objects;

/**
 * A set of an OAI-PMH repository.
 *
 * @param spec the setSpec (colon-separated for a hierarchy, such as {@code isil:VN-HaNoi-TVHN})
 * @param name its name for people
 */
public record OaiSetSpec(String spec, String name) {
  /** Requires both. */
  public OaiSetSpec {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(name, "name");
  }
}
