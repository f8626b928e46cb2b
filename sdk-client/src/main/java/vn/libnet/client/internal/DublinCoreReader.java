package vn.libnet.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Contributor;
import vn.libnet.core.model.ContributorKind;
import vn.libnet.core.model.Identifier;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.Publication;
import vn.libnet.core.model.Subject;
import vn.libnet.core.model.SubjectKind;
import vn.libnet.core.model.Title;
import vn.libnet.core.model.TitleType;
import vn.libnet.marc.crosswalk.DublinCoreRecord;

/**
 * Simple Dublin Core to a minimal {@link BibRecord}: an {@code oai_dc:dc} element (OAI-PMH), the SRU dc schema's
 * {@code srw_dc:dc} ({@code info:srw/schema/1/dc-v1.1}), or a {@code dc} element in the Dublin Core elements'
 * own namespace (as the Library of Congress's MARC21slim2DC stylesheet writes it, which YAZ and Zebra serve);
 * the mapping is described in {@code OaiHarvester}.
 * Internal: not part of the SDK's API.
 */
public final class DublinCoreReader {
  /** The namespace of the SRU Dublin Core schema's root element. */
  public static final String SRU_DC = "info:srw/schema/1/dc-v1.1";

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private DublinCoreReader() {}

  /** The record {@code xml} holds, with {@code id}; empty when its root is not a Dublin Core record or it is not well-formed. */
  public static Optional<BibRecord> read(String id, String xml) {
    List<Title> titles = new ArrayList<>();
    List<Contributor> creators = new ArrayList<>();
    List<Subject> subjects = new ArrayList<>();
    List<Identifier> identifiers = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    String publisher = null;
    String date = null;
    try {
      XMLStreamReader r = Xml.reader(xml);
      r.nextTag();
      if (!r.getLocalName().equals("dc")
          || !(DublinCoreRecord.OAI_DC.equals(r.getNamespaceURI()) || SRU_DC.equals(r.getNamespaceURI())
              || DublinCoreRecord.DC.equals(r.getNamespaceURI()))) {
        return Optional.empty();
      }
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT || !DublinCoreRecord.DC.equals(r.getNamespaceURI())) {
          continue;
        }
        String name = r.getLocalName();
        String value = text(r);
        if (value.isEmpty()) {
          continue;
        }
        switch (name) {
          case "title" -> titles.add(titles.isEmpty() ? Title.main(value) : new Title(TitleType.VARIANT, value, null, null, null));
          case "creator" -> creators.add(creators.isEmpty() ? Contributor.author(value)
              : new Contributor(value, ContributorKind.PERSON, "aut", null, false));
          case "subject" -> subjects.add(new Subject(value, SubjectKind.TOPIC, null));
          case "identifier" -> identifiers.add(identifier(value));
          case "language" -> languages.add(value);
          case "publisher" -> publisher = publisher == null ? value : publisher;
          case "date" -> date = date == null ? value : date;
          default -> {
            // Not mapped: description, type, format, source, relation, coverage, rights, contributor.
          }
        }
      }
    } catch (XMLStreamException e) {
      return Optional.empty();
    }
    Publication publication = publisher == null && date == null ? null : new Publication(null, publisher, year(date), date);
    return Optional.of(new BibRecord(id, null, titles, null, creators, identifiers, null, publication, null, languages, subjects,
        List.of(), List.of()));
  }

  /** The element's text, that of any markup inside it included (some repositories put HTML there). */
  private static String text(XMLStreamReader r) throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    for (int depth = 1; depth > 0 && r.hasNext(); ) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (r.hasText() && e != XMLStreamConstants.COMMENT) {
        b.append(r.getText());
      }
    }
    return b.toString().strip();
  }

  private static Integer year(String date) {
    if (date == null) {
      return null;
    }
    Matcher m = YEAR.matcher(date);
    return m.find() ? Integer.valueOf(m.group()) : null;
  }

  private static Identifier identifier(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.startsWith("urn:isbn:") || v.startsWith("isbn")) {
      return Identifier.of(IdentifierType.ISBN, value.replaceFirst("(?i)^(urn:isbn:|isbn:?)\\s*", ""));
    }
    if (v.startsWith("urn:issn:") || v.startsWith("issn")) {
      return Identifier.of(IdentifierType.ISSN, value.replaceFirst("(?i)^(urn:issn:|issn:?)\\s*", ""));
    }
    if (v.startsWith("doi:") || v.startsWith("https://doi.org/") || v.startsWith("http://dx.doi.org/") || v.matches("10\\.\\d{4,}/.*")) {
      return Identifier.of(IdentifierType.DOI, value.replaceFirst("(?i)^(doi:|https://doi\\.org/|http://dx\\.doi\\.org/)", ""));
    }
    return Identifier.of(IdentifierType.OTHER, value);
  }
}
