package vn.libnet.core.signature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The covered components and metadata of one signature (RFC 9421 §2.3), in the order they were given,
 * which is the order they are serialised in {@code Signature-Input} and in the signature base.
 */
public final class SignatureParameters {
  private final List<ComponentId> components;
  private final Map<String, Object> params;

  private SignatureParameters(List<ComponentId> components, Map<String, Object> params) {
    this.components = List.copyOf(components);
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** A builder; parameters are serialised in the order they are set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SignatureParameters}. */
  public static final class Builder {
    private final List<ComponentId> components = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Builder() {}

    /** Covers {@code component}. */
    public Builder cover(ComponentId component) {
      if (components.contains(component)) {
        throw new IllegalArgumentException("A component is covered once: " + component);
      }
      components.add(component);
      return this;
    }

    /** Covers each named component (derived or header field, no parameters). */
    public Builder cover(String... names) {
      for (String n : names) {
        cover(ComponentId.of(n));
      }
      return this;
    }

    /** {@code created}, seconds since the epoch. */
    public Builder created(long epochSeconds) {
      params.put("created", epochSeconds);
      return this;
    }

    /** {@code expires}, seconds since the epoch. */
    public Builder expires(long epochSeconds) {
      params.put("expires", epochSeconds);
      return this;
    }

    /** {@code nonce}. */
    public Builder nonce(String nonce) {
      params.put("nonce", nonce);
      return this;
    }

    /** {@code alg}, an RFC 9421 algorithm name. */
    public Builder alg(String alg) {
      params.put("alg", alg);
      return this;
    }

    /** {@code keyid}. */
    public Builder keyId(String keyId) {
      params.put("keyid", keyId);
      return this;
    }

    /** {@code tag}, the application of the signature. */
    public Builder tag(String tag) {
      params.put("tag", tag);
      return this;
    }

    /** The parameters. */
    public SignatureParameters build() {
      return new SignatureParameters(components, params);
    }
  }

  /** Reads a {@code Signature-Input} member value, e.g. {@code ("@method");created=1618884473}. */
  public static SignatureParameters parse(String innerList) {
    return from(StructuredFields.parseInnerList(innerList));
  }

  static SignatureParameters from(StructuredFields.InnerList list) {
    List<ComponentId> components = new ArrayList<>();
    // A set, so that a long hostile list costs linear time, not quadratic.
    Set<ComponentId> seen = new HashSet<>();
    for (StructuredFields.Item item : list.items()) {
      ComponentId c = ComponentId.from(item);
      if (!seen.add(c)) {
        throw new IllegalArgumentException("Component " + c + " is covered twice");
      }
      components.add(c);
    }
    return new SignatureParameters(components, list.params());
  }

  /** The covered components, in order. */
  public List<ComponentId> components() {
    return components;
  }

  /** {@code created}, if present. */
  public Optional<Long> created() {
    return number("created");
  }

  /** {@code expires}, if present. */
  public Optional<Long> expires() {
    return number("expires");
  }

  /** {@code nonce}, if present. */
  public Optional<String> nonce() {
    return text("nonce");
  }

  /** {@code alg}, if present. */
  public Optional<String> alg() {
    return text("alg");
  }

  /** {@code keyid}, if present. */
  public Optional<String> keyId() {
    return text("keyid");
  }

  /** {@code tag}, if present. */
  public Optional<String> tag() {
    return text("tag");
  }

  private Optional<Long> number(String key) {
    Object v = params.get(key);
    return v instanceof Long l ? Optional.of(l) : Optional.empty();
  }

  private Optional<String> text(String key) {
    Object v = params.get(key);
    return v instanceof String s ? Optional.of(s) : Optional.empty();
  }

  StructuredFields.InnerList toInnerList() {
    List<StructuredFields.Item> items = new ArrayList<>();
    components.forEach(c -> items.add(c.toItem()));
    return new StructuredFields.InnerList(items, params);
  }

  /** The serialised value, as in {@code Signature-Input} and the {@code @signature-params} line. */
  @Override
  public String toString() {
    return StructuredFields.serialize(toInnerList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignatureParameters p && p.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
