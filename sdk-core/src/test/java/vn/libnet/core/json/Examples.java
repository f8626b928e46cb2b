package vn.libnet.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The example documents shipped in sdk-core, for tests. */
public final class Examples {
  private Examples() {}

  /** The example {@code name} (e.g. {@code library.json}) as a mutable JSON tree. */
  public static ObjectNode tree(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("/vn/libnet/core/examples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no example " + name);
      }
      JsonNode node = LibnetJson.mapper().readTree(in);
      return (ObjectNode) node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example bound to {@code type}. */
  public static <T> T read(String name, Class<T> type) {
    return LibnetJson.mapper().convertValue(tree(name), type);
  }
}
