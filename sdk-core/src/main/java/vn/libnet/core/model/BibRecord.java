package vn.libnet.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bibliographic record in the SDK's neutral model: what the union catalogue knows of a resource,
 * independent of MARC. The crosswalk in {@code sdk-marc} converts it to and from MARC 21.
 *
 * @param id the record's identifier in the system that made it (MARC 001)
 * @param type the kind of resource; {@link ResourceType#TEXT} when not given
 * @param titles the titles; the national profile wants exactly one {@link TitleType#MAIN}
 * @param responsibility the statement of responsibility as written (245 $c)
 * @param contributors authors, editors, translators and other contributors
 * @param identifiers ISBNs, ISSNs and other identifiers
 * @param edition the edition statement, e.g. "Tái bản lần thứ 2"
 * @param publication place, publisher and date
 * @param physicalDescription extent and size
 * @param languages ISO 639-2/B language codes, e.g. {@code vie}
 * @param subjects subject headings
 * @param classifications class numbers
 * @param notes notes
 */
public record BibRecord(
    String id,
    ResourceType type,
    List<Title> titles,
    String responsibility,
    List<Contributor> contributors,
    List<Identifier> identifiers,
    String edition,
    Publication publication,
    PhysicalDescription physicalDescription,
    List<String> languages,
    List<Subject> subjects,
    List<Classification> classifications,
    List<Note> notes) {

  /** Makes immutable copies of the lists; absent lists become empty, absent type becomes TEXT. */
  public BibRecord {
    type = Objects.requireNonNullElse(type, ResourceType.TEXT);
    titles = Lists.copy(titles);
    contributors = Lists.copy(contributors);
    identifiers = Lists.copy(identifiers);
    languages = Lists.copy(languages);
    subjects = Lists.copy(subjects);
    classifications = Lists.copy(classifications);
    notes = Lists.copy(notes);
  }

  /** The first main title, if any. */
  public Optional<Title> mainTitle() {
    return titles.stream().filter(t -> t.type() == TitleType.MAIN).findFirst();
  }

  /** The identifiers of {@code type}, in order. */
  public List<Identifier> identifiers(IdentifierType type) {
    return identifiers.stream().filter(i -> i.type() == type).toList();
  }
}
