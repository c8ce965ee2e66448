package ca.threadline.bench.load;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs of a bench main's command line. */
final class Args {
  private Args() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      String name = args[i].substring(2);
      if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        o.put(name, args[++i]);
      } else {
        o.put(name, "true");
      }
    }
    return o;
  }

  static String required(Map<String, String> o, String name) {
    String v = o.get(name);
    if (v == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return v;
  }
}
