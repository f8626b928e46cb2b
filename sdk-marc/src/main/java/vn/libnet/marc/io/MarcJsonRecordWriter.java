package vn.libnet.marc.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;
import vn.libnet.core.json.LibnetJson;

/** MARC-in-JSON: a JSON array with one record object per line. */
final class MarcJsonRecordWriter implements MarcRecordWriter {
  private final Writer out;
  private int number;

  MarcJsonRecordWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      this.out.write("[");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(Record record) {
    number++;
    record.getLeader().setCharCodingScheme('a');
    try {
      out.write(number == 1 ? "\n" : ",\n");
      // One generator per record, so that the array's separators and line breaks stay ours.
      JsonGenerator json = LibnetJson.mapper().getFactory().createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("leader", record.getLeader().marshal());
      json.writeArrayFieldStart("fields");
      for (VariableField field : record.getVariableFields()) {
        json.writeStartObject();
        if (field instanceof ControlField cf) {
          json.writeStringField(cf.getTag(), cf.getData());
          json.writeEndObject();
          continue;
        }
        DataField df = (DataField) field;
        json.writeObjectFieldStart(df.getTag());
        json.writeStringField("ind1", String.valueOf(df.getIndicator1()));
        json.writeStringField("ind2", String.valueOf(df.getIndicator2()));
        json.writeArrayFieldStart("subfields");
        for (Subfield sf : df.getSubfields()) {
          json.writeStartObject();
          json.writeStringField(String.valueOf(sf.getCode()), sf.getData());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.write(number == 0 ? "]\n" : "\n]\n");
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
