package vn.libnet.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.libnet.client.LibnetClient;

/**
 * A JUnit 5 extension that injects a clean, running {@link LibnetTestHub} into each test (stopped after it)
 * and a {@link LibnetClient} for it (signing as {@link #ISIL}, or as the {@link LibnetHub#isil} of the
 * test's or its class's annotation, with a key the hub trusts). {@link LibnetHub} registers it; so does:
 *
 * <pre>{@code
 * @ExtendWith(LibnetTestHubExtension.class)
 * class MyIlsExportTest {
 *   @Test
 *   void exportsTheCatalogue(LibnetTestHub hub, LibnetClient client) { ... }
 * }
 * }</pre>
 */
public final class LibnetTestHubExtension implements ParameterResolver {
  /** The library the injected client acts for. */
  public static final String ISIL = "VN-HaNoi-TVHN";

  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LibnetTestHubExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    Class<?> type = p.getParameter().getType();
    return type == LibnetTestHub.class || type == LibnetClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    java.util.Optional<LibnetHub> settings = settings(c);
    LibnetTestHub hub = hub(c, settings);
    if (p.getParameter().getType() == LibnetTestHub.class) {
      return hub;
    }
    LibnetClient client = hub.clientFor(settings.map(LibnetHub::isil).orElse(ISIL)).build();
    c.getStore(NS).put(new Object(), new Closer(client));
    return client;
  }

  // The method's annotation wins over its class's (and an enclosing class's).
  private static java.util.Optional<LibnetHub> settings(ExtensionContext c) {
    java.util.Optional<LibnetHub> onMethod = c.getTestMethod().map(m -> m.getAnnotation(LibnetHub.class));
    if (onMethod.isPresent()) {
      return onMethod;
    }
    for (Class<?> k = c.getTestClass().orElse(null); k != null; k = k.getEnclosingClass()) {
      LibnetHub a = k.getAnnotation(LibnetHub.class);
      if (a != null) {
        return java.util.Optional.of(a);
      }
    }
    return java.util.Optional.empty();
  }

  // One hub per test, kept in the test's own store, so that JUnit closes it when the test ends.
  private static LibnetTestHub hub(ExtensionContext c, java.util.Optional<LibnetHub> settings) {
    Holder h = c.getStore(NS).getOrComputeIfAbsent("hub", k -> {
      LibnetTestHub.Builder b = LibnetTestHub.builder();
      settings.ifPresent(s -> b.connectionsPerAddress(s.connectionsPerAddress()));
      return new Holder(b.start());
    }, Holder.class);
    if (h == null) {
      throw new ParameterResolutionException("Cannot start the LibNet test hub");
    }
    return h.hub;
  }

  // Both interfaces: JUnit 5.14 prefers AutoCloseable and still honours CloseableResource.
  private static class Closer implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final AutoCloseable resource;

    Closer(AutoCloseable resource) {
      this.resource = resource;
    }

    @Override
    public void close() throws Exception {
      resource.close();
    }
  }

  private static final class Holder extends Closer {
    final LibnetTestHub hub;

    Holder(LibnetTestHub hub) {
      super(hub);
      this.hub = hub;
    }
  }
}
