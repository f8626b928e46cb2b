package vn.libnet.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.Library;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.criteria.Indicator;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.scoring.ReadinessAggregator;

/**
 * What {@code libnet readiness report} shows, whatever the format: the criteria, the view (by province or
 * by type), one aggregate per area as sdk-core's {@link ReadinessAggregator} computes it, the aggregate of
 * all libraries, and each library's score. The HTML page, the workbook and the JSON document are three
 * renderings of this.
 *
 * @param criteria the criteria scored against
 * @param byType true for one area per library type, false for one per province (34 units of 2025)
 * @param areas the aggregates, in the aggregator's order
 * @param overall the aggregate of every library
 * @param scores each library's score, in the order of the profiles
 * @param libraries the profiles by ISIL (for names)
 * @param files the response files read
 */
record ReadinessReportModel(Criteria criteria, boolean byType, List<ReadinessAggregate> areas, ReadinessAggregate overall,
    List<LibraryScore> scores, Map<String, Library> libraries, List<String> files) {

  static ReadinessReportModel of(Criteria criteria, boolean byType, List<LibraryScore> scores, Map<String, Library> libraries,
      List<String> files) {
    ReadinessAggregator aggregator = new ReadinessAggregator(criteria);
    List<ReadinessAggregate> areas = byType ? aggregator.byType(scores) : aggregator.byProvince(scores);
    return new ReadinessReportModel(criteria, byType, areas, aggregator.overall(scores), scores, libraries, files);
  }

  /** The library's name from its profile, or empty. */
  String name(String isil) {
    Library l = libraries.get(isil);
    return l == null || l.name() == null ? "" : l.name();
  }

  /** The areas that have at least one library. */
  List<ReadinessAggregate> populated() {
    return areas.stream().filter(a -> a.libraries() > 0).toList();
  }

  /** The whole report as one JSON document: criteria, view, overall, areas and libraries. */
  ObjectNode json() {
    ObjectMapper m = LibnetJson.mapper();
    ObjectNode root = m.createObjectNode();
    ObjectNode c = root.putObject("criteria");
    c.put("id", criteria.id());
    c.put("version", criteria.version());
    c.set("title", m.valueToTree(criteria.title()));
    c.put("decision", criteria.decision());
    ArrayNode indicators = c.putArray("indicators");
    for (Indicator i : criteria.indicators()) {
      ObjectNode n = indicators.addObject();
      n.put("id", i.id());
      n.set("text", m.valueToTree(i.text()));
      n.put("unit", i.unit().name());
      n.set("targets", m.valueToTree(i.targets()));
      n.put("source", i.source());
    }
    root.put("by", byType ? "type" : "province");
    root.set("files", m.valueToTree(files));
    root.set("overall", m.valueToTree(overall));
    root.set("areas", m.valueToTree(areas));
    ArrayNode libs = root.putArray("libraries");
    for (LibraryScore s : scores) {
      ObjectNode n = m.valueToTree(s);
      n.put("name", name(s.isil()));
      libs.add(n);
    }
    return root;
  }
}
