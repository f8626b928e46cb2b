package vn.libnet.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.libnet.client.LibnetClient;

/**
 * A JUnit 5 extension that injects a running {@link LibnetTestHub} (one per test class, stopped after it)
 * and a {@link LibnetClient} for it (one per test, signing as {@link #ISIL} with a key the hub trusts):
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
    LibnetTestHub hub = hub(c);
    if (p.getParameter().getType() == LibnetTestHub.class) {
      return hub;
    }
    LibnetClient client = hub.clientFor(ISIL).build();
    c.getStore(NS).put(new Object(), new Closer(client));
    return client;
  }

  private static LibnetTestHub hub(ExtensionContext c) {
    ExtensionContext classContext = c;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    Holder h = classContext.getStore(NS).getOrComputeIfAbsent("hub", k -> new Holder(LibnetTestHub.start()), Holder.class);
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
