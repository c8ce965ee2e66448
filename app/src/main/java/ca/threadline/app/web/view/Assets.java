package ca.threadline.app.web.view;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Paths of the front-end libraries the workbench loads from WebJars (Maven dependencies served
 * from the classpath under {@code /webjars/}), with the version read from the WebJar itself so
 * that upgrading the dependency needs no template change.
 */
public final class Assets {
  public static final String CYTOSCAPE = "/webjars/cytoscape/" + version("org.webjars.npm", "cytoscape") + "/dist/cytoscape.min.js";

  private Assets() {}

  static String version(String group, String artifact) {
    String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = Assets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("WebJar " + group + ":" + artifact + " is not on the classpath");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
