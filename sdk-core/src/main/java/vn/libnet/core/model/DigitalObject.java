package vn.libnet.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A digitized object registered with the national digitization programme: the files, what they
 * depict, and who may see them.
 *
 * @param id the object's identifier, unique within the owning library
 * @param ownerIsil the ISIL of the library that holds the original and the files
 * @param recordId the bibliographic record of the original
 * @param title a title for display
 * @param files the file manifest; every file with size, media type and SHA-256
 * @param rights the rights statement or licence URI, e.g. a RightsStatements.org or Creative Commons URI
 * @param accessLevel who may see the object
 * @param created when the digitization was done
 */
public record DigitalObject(
    String id,
    String ownerIsil,
    String recordId,
    String title,
    List<DigitalFile> files,
    String rights,
    AccessLevel accessLevel,
    LocalDate created) {

  /** Makes an immutable copy of the files. */
  public DigitalObject {
    files = Lists.copy(files);
  }

  /** The total size of the files, ignoring files with no size. */
  public long totalSize() {
    return files.stream().mapToLong(f -> f.size() == null ? 0 : f.size()).sum();
  }
}
