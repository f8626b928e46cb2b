package vn.libnet.digital.bagit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link BagCreator} made.
 *
 * @param bag the bag's folder
 * @param oxum the payload's octets and files
 * @param algorithms the payload and tag manifests' algorithms
 * @param renamed the source paths that were not in Unicode NFC ({@code data/...}), each with its NFC path in the bag
 */
public record BagSummary(Path bag, BagInfo.Oxum oxum, List<ChecksumAlgorithm> algorithms, Map<String, String> renamed) {
  /** Copies the parts. */
  public BagSummary {
    algorithms = List.copyOf(algorithms);
    renamed = Map.copyOf(renamed);
  }
}
