package ca.threadline.evidence;

import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.store.CaseName;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One act of acquiring evidence (a capture of a URL, an import of a file), prepared and staged but
 * not yet committed: the act's own record, its items, the staged files that hold their bytes, and
 * the problems found in its input. Committing is all or nothing ({@link EvidenceStore#commit}).
 */
public final class Acquisition {
  private final String actId = "act-" + UUID.randomUUID();
  private final String act;
  private final CaseName caseName;
  private final ObjectNode details;
  private final List<java.util.concurrent.CompletableFuture<NewItem>> items = new ArrayList<>();
  private final List<Placement> placements = new ArrayList<>();
  private final List<InputIssue> issues = new ArrayList<>();
  private boolean skipped;

  /** A defect of the input at a place in it: "line 12", "record at byte 3456", "entry 4". */
  public record InputIssue(String where, String reason, boolean finding) {
    /** A defect that makes the input partly unreadable (exit 2 under --strict). */
    public static InputIssue bad(String where, String reason) {
      return new InputIssue(where, reason, false);
    }

    /** Something the input says that does not hold (a stored digest that does not match): exit 1. */
    public static InputIssue finding(String where, String reason) {
      return new InputIssue(where, reason, true);
    }
  }

  /**
   * @param act "capture" or "import"
   * @param details the act's own record (input file, URL, options), merged into its entry
   */
  public Acquisition(String act, CaseName caseName, ObjectNode details) {
    this.act = act;
    this.caseName = caseName;
    this.details = details;
  }

  public String actId() {
    return actId;
  }

  public String act() {
    return act;
  }

  public CaseName caseName() {
    return caseName;
  }

  public ObjectNode details() {
    return details;
  }

  /** The prepared items, in the order they were found (waits for any still being analysed). */
  public List<NewItem> items() {
    List<NewItem> out = new ArrayList<>(items.size());
    for (var f : items) {
      NewItem i = f.join();
      if (i != null) {
        out.add(i);
      }
    }
    return out;
  }

  public List<Placement> placements() {
    return placements;
  }

  public List<InputIssue> issues() {
    synchronized (issues) {
      return List.copyOf(issues);
    }
  }

  /** True when the input was found already imported and complete, and was not read again. */
  public boolean skipped() {
    return skipped;
  }

  public void markSkipped() {
    skipped = true;
  }

  public boolean hasBadInput() {
    return issues().stream().anyMatch(i -> !i.finding());
  }

  public synchronized void add(NewItem item) {
    items.add(java.util.concurrent.CompletableFuture.completedFuture(item));
  }

  /** Adds an item still being analysed; it keeps its place in the order. */
  public synchronized void add(java.util.concurrent.CompletableFuture<NewItem> item) {
    items.add(item);
  }

  public void place(Placement p) {
    placements.add(p);
  }

  public void issue(InputIssue i) {
    synchronized (issues) {
      issues.add(i);
    }
  }

  /** Deletes the staged files (the act is abandoned, or its files already exist). */
  public void discard() {
    for (Placement p : placements) {
      try {
        Files.deleteIfExists(p.staged().path());
      } catch (IOException e) {
        // tmp/ is emptied by the next writer anyway
      }
    }
    placements.clear();
  }
}
