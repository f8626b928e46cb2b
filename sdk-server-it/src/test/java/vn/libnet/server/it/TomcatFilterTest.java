package vn.libnet.server.it;

import java.net.URI;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** The filter in embedded Tomcat 10.1, registered as a vendor's code registers it (FilterDef + FilterMap). */
class TomcatFilterTest extends FilterThroughClientContract {
  private Tomcat tomcat;

  @Override
  URI start() throws Exception {
    tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    Context context = tomcat.addContext("", null);
    Wrapper w = Tomcat.addServlet(context, "vendor", new VendorEndpoint());
    w.addMapping("/*");
    FilterDef def = new FilterDef();
    def.setFilterName("libnet");
    def.setFilter(filter);
    context.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName("libnet");
    map.addURLPattern("/v1/*");
    context.addFilterMap(map);
    tomcat.start();
    return URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/");
  }

  @Override
  void stop() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
  }
}
