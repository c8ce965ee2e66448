package ca.threadline.app.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds the workbench's own links, with every parameter value percent-encoded. */
public final class Urls {
  private Urls() {}

  public static String enc(String v) {
    return URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8);
  }

  /** {@code path?k=v&k=v…} from (name, values) pairs in order; empty values are left out. */
  public static String query(String path, Map<String, List<String>> params) {
    StringBuilder b = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String v : e.getValue()) {
        if (v == null || v.isEmpty()) {
          continue;
        }
        b.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
        sep = '&';
      }
    }
    return b.toString();
  }

  public static String selector(String base, String key) {
    return base + "/selector?key=" + enc(key);
  }

  public static String network(String base, String key) {
    return base + "/networks/" + enc(key).replace("+", "%20");
  }

  public static String document(String base, long id) {
    return base + "/documents/" + id;
  }
}
