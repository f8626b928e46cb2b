package vn.libnet.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test a clean {@link LibnetTestHub} (started for the test, stopped after it) and {@link
 * vn.libnet.client.LibnetClient}s for it, as test parameters:
 *
 * <pre>{@code
 * @LibnetHub(isil = "VN-HCM-TVKHTH")
 * class ExportTest {
 *   @Test
 *   void exportsTheCatalogue(LibnetTestHub hub, LibnetClient client) { ... }   // client signs as VN-HCM-TVKHTH
 * }
 * }</pre>
 *
 * <p>On a class it applies to every test; on a method it overrides the class's. Each injected client signs
 * with a fresh key the hub trusts, and is closed after the test.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(LibnetTestHubExtension.class)
public @interface LibnetHub {
  /** The library the injected client signs for. */
  String isil() default LibnetTestHubExtension.ISIL;

  /** How many connections one remote address may hold ({@link LibnetTestHub.Builder#connectionsPerAddress}). */
  int connectionsPerAddress() default 256;
}
