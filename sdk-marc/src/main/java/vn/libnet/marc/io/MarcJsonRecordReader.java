package vn.libnet.marc.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.validation.Severity;

/**
 * MARC-in-JSON records, streamed: a single record object, an array of them, or objects one after
 * another (as marc4j writes them). Each record object is {@code {"leader": "...", "fields": [{"001":
 * "..."}, {"245": {"ind1": "1", "ind2": "0", "subfields": [{"a": "..."}]}}]}}.
 */
final class MarcJsonRecordReader extends AbstractRecordReader {
  private final InputStream in;
  private final ReadOptions options;
  private final MarcFactory factory = MARC;
  private JsonParser parser;
  private boolean inArray;
  private int number;

  MarcJsonRecordReader(InputStream in, ReadOptions options) {
    super(in);
    this.in = in;
    this.options = options;
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException e) {
      // closing the input below is what matters
    }
    super.close();
  }

  @Override
  MarcRead readNext() {
    long line = 0;
    try {
      if (parser == null) {
        parser = LibnetJson.mapper().getFactory().createParser(in);
      }
      JsonToken t = parser.nextToken();
      if (t == JsonToken.START_ARRAY && !inArray && number == 0) {
        inArray = true;
        t = parser.nextToken();
      }
      if (t == null || t == JsonToken.END_ARRAY) {
        return null;
      }
      line = parser.currentLocation().getLineNr();
      ReadContext ctx = new ReadContext(options, ++number, line);
      JsonNode node = LibnetJson.mapper().readTree(parser);
      Record record = toRecord(node, ctx, line);
      if (record == null) {
        return new MarcRead(ctx.number, -1, line, null, ctx.issues);
      }
      return complete(ctx, record, -1, line);
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      ReadContext ctx = new ReadContext(options, ++number, at);
      finish(); // JSON cannot be resynchronised after a syntax error
      ctx.damage(MarcFailure.MARC_JSON_INVALID, Severity.ERROR, "", at, at, column, e.getOriginalMessage());
      return new MarcRead(ctx.number, -1, at, null, ctx.issues);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Record toRecord(JsonNode node, ReadContext ctx, long line) {
    if (!node.isObject() || !node.path("fields").isArray()) {
      ctx.damage(MarcFailure.MARC_JSON_INVALID, Severity.ERROR, "", line, line, 0, "a record needs \"leader\" and a \"fields\" array");
      return null;
    }
    Record record = factory.newRecord();
    String leader = node.path("leader").asText("");
    if (leader.length() != 24) {
      ctx.damage(MarcFailure.MARCXML_LEADER_INVALID, Severity.WARNING, "leader", line, line, leader.length());
      leader = leader.length() > 24 ? leader.substring(0, 24) : String.format("%-24s", leader.isEmpty() ? "00000nam a2200000 a 4500" : leader);
    }
    record.setLeader(factory.newLeader(leader));
    for (JsonNode f : node.get("fields")) {
      Iterator<Map.Entry<String, JsonNode>> it = f.properties().iterator();
      if (!it.hasNext()) {
        continue;
      }
      Map.Entry<String, JsonNode> e = it.next();
      String tag = e.getKey();
      JsonNode value = e.getValue();
      if (value.isTextual()) {
        record.addVariableField(factory.newControlField(tag, value.textValue()));
      } else if (value.isObject()) {
        DataField df = factory.newDataField(tag, indicator(value.path("ind1")), indicator(value.path("ind2")));
        for (JsonNode sf : value.path("subfields")) {
          sf.properties().forEach(s -> {
            String code = s.getKey();
            if (code.length() != 1) {
              ctx.damage(MarcFailure.MARCXML_FIELD_INVALID, Severity.WARNING, tag, line, line, "subfield code \"" + code + "\"");
            }
            df.addSubfield(factory.newSubfield(code.isEmpty() ? '?' : code.charAt(0), s.getValue().asText()));
          });
        }
        record.addVariableField(df);
      } else {
        ctx.damage(MarcFailure.MARCXML_FIELD_INVALID, Severity.WARNING, tag, line, line, "field value is neither text nor object");
      }
    }
    record.getLeader().setCharCodingScheme('a');
    return record;
  }

  private static char indicator(JsonNode node) {
    String s = node.asText(" ");
    return s.isEmpty() ? ' ' : s.charAt(0);
  }
}
