package vn.libnet.digital.iiif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.libnet.core.validation.ValidationIssue;

/**
 * A IIIF Presentation 3.0 Manifest as {@link IiifManifestBuilder} made it, with what the builder had to
 * leave out and why (an image whose header cannot be read, rights that are no registered URI, a table of
 * contents naming a canvas that does not exist).
 *
 * @param json the manifest
 * @param issues what was left out, as warnings with codes {@code IIIF_BUILD_*}
 */
public record IiifManifest(JsonNode json, List<ValidationIssue> issues) {
  private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Copies the issues. */
  public IiifManifest {
    java.util.Objects.requireNonNull(json, "json");
    issues = List.copyOf(issues);
  }

  /** The number of Canvases. */
  public int canvasCount() {
    return json.path("items").size();
  }

  /** The manifest as indented JSON (UTF-8 when written). */
  public String toJson() {
    try {
      return WRITER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A tree of JSON nodes always serializes", e);
    }
  }

  /**
   * Writes the manifest to {@code file} in UTF-8.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  public void write(Path file) {
    try {
      Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
