package vn.libnet.core.signature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A covered component of an HTTP message signature (RFC 9421 §2): a derived component such as {@code
 * @method} or a header field name, with parameters ({@code sf}, {@code key="…"}, {@code bs}, {@code req},
 * {@code name="…"} for {@code @query-param}). Serialised as in the signature base, e.g. {@code
 * "content-digest";req}.
 *
 * @param name the component name, lower case
 * @param params its parameters in order
 */
public record ComponentId(String name, Map<String, Object> params) {
  /** Lower-cases the name and copies the parameters. */
  public ComponentId {
    Objects.requireNonNull(name, "name");
    name = name.toLowerCase(Locale.ROOT);
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** A component without parameters: {@code @method}, {@code content-type}… */
  public static ComponentId of(String name) {
    return new ComponentId(name, Map.of());
  }

  /** The {@code @query-param} component for the query parameter {@code parameter}. */
  public static ComponentId queryParam(String parameter) {
    return new ComponentId("@query-param", Map.of("name", parameter));
  }

  /** This component with the flag parameter {@code param} ({@code req}, {@code sf}, {@code bs}). */
  public ComponentId with(String param) {
    Map<String, Object> more = new LinkedHashMap<>(params);
    more.put(param, Boolean.TRUE);
    return new ComponentId(name, more);
  }

  /** This component with {@code key="member"}, for one member of a dictionary field. */
  public ComponentId withKey(String member) {
    Map<String, Object> more = new LinkedHashMap<>(params);
    more.put("key", member);
    return new ComponentId(name, more);
  }

  /** Whether this is a derived component ({@code @…}). */
  public boolean derived() {
    return name.startsWith("@");
  }

  boolean has(String param) {
    return params.containsKey(param);
  }

  static ComponentId from(StructuredFields.Item item) {
    if (!(item.value() instanceof String s)) {
      throw new IllegalArgumentException("A component identifier is a string, not " + item.value());
    }
    return new ComponentId(s, item.params());
  }

  StructuredFields.Item toItem() {
    return new StructuredFields.Item(name, params);
  }

  /** The identifier as written in a signature base, e.g. {@code "@query-param";name="var"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    StructuredFields.writeItem(sb, toItem());
    return sb.toString();
  }
}
