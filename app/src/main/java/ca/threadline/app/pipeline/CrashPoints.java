package ca.threadline.app.pipeline;

import java.util.HashMap;
import java.util.Map;

/**
 * Test hook for crash-safety tests: when the system property {@code threadline.test.crashAt} is
 * {@code NAME} or {@code NAME:K}, the process stops dead the first (or K-th) time the pipeline
 * reaches that point: it prints {@code crashpoint NAME} on stderr and waits there to be killed
 * (the test sends SIGKILL), so the kill lands exactly between two steps. Without the property this
 * does nothing. Points: {@code evidence-committed} (evidence and derived rows written, store not
 * yet touched), {@code stored-batch} (after each batch written to the store), {@code linked}
 * (link update applied, link state not saved), {@code link-saved} (link state saved, pipeline
 * state not saved). {@code threadline chain import} has its own: {@code apply-block} (after each
 * block appended) and the steps its importer reports ({@code scanned}, {@code rolled-back},
 * {@code applied}, {@code derived}, {@code committed}; see {@code ImportListener#reached}).
 */
public final class CrashPoints {
  public static final String PROPERTY = "threadline.test.crashAt";
  /**
   * {@code NAME}: print {@code crashpoint-passed NAME} on stderr the first time the point is
   * reached, and go on; a test then kills the process at a random moment after it.
   */
  public static final String ANNOUNCE = "threadline.test.announce";
  private final String name;
  private final int nth;
  private final Map<String, Integer> seen = new HashMap<>();
  private final String announce = System.getProperty(ANNOUNCE);
  private final java.util.Set<String> announced = new java.util.HashSet<>();

  private CrashPoints(String name, int nth) {
    this.name = name;
    this.nth = nth;
  }

  public static CrashPoints fromSystemProperty() {
    String v = System.getProperty(PROPERTY);
    if (v == null || v.isBlank()) {
      return new CrashPoints(null, 0);
    }
    int colon = v.indexOf(':');
    return colon < 0 ? new CrashPoints(v, 1) : new CrashPoints(v.substring(0, colon), Integer.parseInt(v.substring(colon + 1)));
  }

  public void reach(String point) {
    if (point.equals(announce) && announced.add(point)) {
      System.err.println("crashpoint-passed " + point);
      System.err.flush();
    }
    if (name == null || !name.equals(point)) {
      return;
    }
    int count = seen.merge(point, 1, Integer::sum);
    if (count != nth) {
      return;
    }
    System.err.println("crashpoint " + point);
    System.err.flush();
    try {
      Thread.sleep(600_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().halt(137);
  }
}
