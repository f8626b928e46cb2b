package vn.libnet.examples.cli;

import picocli.CommandLine.Option;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.digital.bagit.BagCreator;
import vn.libnet.digital.bagit.BagObjects;

/**
 * The rights statement and access level of a digital object ({@code --rights}, {@code --access}): written
 * into a new bag's {@code bag-info.txt} ({@code LibNet-Rights}, {@code LibNet-Access-Level}), or given for
 * an object whose bag lacks them. The hub refuses an object without both.
 */
final class DigitalRightsOptions {
  @Option(names = "--rights", paramLabel = "URI",
      description = {"The rights statement: a RightsStatements.org or Creative Commons URI (bag-info LibNet-Rights).",
          "Tuyên bố quyền: một URI của RightsStatements.org hoặc Creative Commons (LibNet-Rights trong bag-info)."})
  String rights;

  @Option(names = "--access", paramLabel = "open|registered_users|on_site|restricted",
      description = {"Who may see the object (bag-info LibNet-Access-Level).",
          "Ai được xem đối tượng số (LibNet-Access-Level trong bag-info)."})
  AccessLevel access;

  /** Writes what was given into the bag's {@code bag-info.txt}. */
  void into(BagCreator.Builder b) {
    if (rights != null) {
      b.info(BagObjects.RIGHTS, rights);
    }
    if (access != null) {
      b.info(BagObjects.ACCESS_LEVEL, access.name());
    }
  }

  /** {@code o} with what was given in place of its own. */
  DigitalObject onto(DigitalObject o) {
    if (rights == null && access == null) {
      return o;
    }
    return new DigitalObject(o.id(), o.ownerIsil(), o.recordId(), o.title(), o.files(), rights != null ? rights : o.rights(),
        access != null ? access : o.accessLevel(), o.created());
  }
}
