package ca.threadline.evidence;

import ca.threadline.evidence.custody.CustodyWriter;
import ca.threadline.evidence.custody.Timestamper;
import ca.threadline.evidence.item.Catalog;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.AtomicFiles;
import ca.threadline.evidence.store.BlobStore;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A data home opened for writing evidence: the catalogue, the blob store, and commits of prepared
 * acts to the custody log. One per command; holds the home's writer lock until closed.
 */
public final class EvidenceStore implements AutoCloseable {
  private final EvidenceHome home;
  private final CustodyWriter writer;
  private final BlobStore blobs;
  private final Catalog catalog;

  private EvidenceStore(EvidenceHome home, CustodyWriter writer) {
    this.home = home;
    this.writer = writer;
    this.blobs = new BlobStore(home);
    this.catalog = Catalog.of(writer.state().entries());
  }

  public static EvidenceStore open(EvidenceHome home, Clock clock, Timestamper timestamper, Consumer<String> messages, CustodyWriter.Tool tool) throws IOException {
    return new EvidenceStore(home, CustodyWriter.open(home, clock, timestamper, messages, tool));
  }

  public EvidenceHome home() {
    return home;
  }

  public BlobStore blobs() {
    return blobs;
  }

  public Catalog catalog() {
    return catalog;
  }

  public CustodyWriter writer() {
    return writer;
  }

  /** What a commit recorded. */
  public record Committed(List<Item> items, int alreadyPresent) {}

  /**
   * Commits prepared acts as one custody commit: places their staged files, appends one act entry
   * and one entry per item (items whose id is already in the log are skipped: the same provenance
   * is never recorded twice), signs a checkpoint. All or nothing.
   */
  public Committed commit(List<Acquisition> acts, String operator) throws IOException {
    List<ObjectNode> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int already = 0;
    for (Acquisition a : acts) {
      ObjectNode actEntry = actEntry(a.act(), a.caseName(), a.actId(), operator);
      a.details().fields().forEachRemaining(f -> actEntry.set(f.getKey(), f.getValue()));
      int count = 0;
      List<ObjectNode> itemEntries = new ArrayList<>();
      for (NewItem i : a.items()) {
        if (catalog.contains(i.id()) || !seen.add(i.id())) {
          already++;
          continue;
        }
        itemEntries.add(i.toEntry(a.caseName().value(), a.actId()));
        count++;
      }
      actEntry.put("items", count);
      if (!a.issues().isEmpty()) {
        ArrayNode problems = actEntry.putArray("problems");
        for (Acquisition.InputIssue issue : a.issues().subList(0, Math.min(a.issues().size(), 1000))) {
          ObjectNode p = problems.addObject();
          p.put("where", issue.where());
          p.put("reason", issue.reason());
        }
        if (a.issues().size() > 1000) {
          actEntry.put("problems_not_listed", a.issues().size() - 1000);
        }
      }
      entries.add(actEntry);
      entries.addAll(itemEntries);
    }
    writer.commit(entries, () -> place(acts));
    List<Item> items = new ArrayList<>();
    for (ObjectNode e : entries) {
      catalog.add(e);
      Item i = Item.fromEntry(e);
      if (i != null) {
        items.add(i);
      }
    }
    return new Committed(items, already);
  }

  private void place(List<Acquisition> acts) throws IOException {
    for (Acquisition a : acts) {
      for (Placement p : a.placements()) {
        switch (p) {
          case Placement.ToBlob b -> blobs.adopt(b.staged());
          case Placement.ToPath t -> {
            Path target = home.resolve(t.path());
            if (Files.exists(target)) {
              throw new IOException("refusing to overwrite " + t.path());
            }
            AtomicFiles.move(t.staged().path(), target, false);
            try {
              target.toFile().setWritable(false, false);
            } catch (SecurityException e) {
              // a guard only
            }
          }
        }
      }
    }
  }

  /** Records a request to delete an item; the evidence itself is kept (custody must stay whole). */
  public long requestDeletion(CaseName caseName, String itemId, String reason, String operator) throws IOException {
    ObjectNode e = actEntry("deletion-request", caseName, "act-" + java.util.UUID.randomUUID(), operator);
    e.put("item", itemId);
    e.put("reason", reason);
    List<ObjectNode> one = new ArrayList<>(List.of(e));
    long seq = writer.commit(one, () -> {}).get(0);
    catalog.add(e);
    return seq;
  }

  /** Records an act with no evidence of its own (an export, a change of configuration). */
  public long recordAct(String act, CaseName caseName, ObjectNode details, String operator) throws IOException {
    ObjectNode e = actEntry(act, caseName, "act-" + java.util.UUID.randomUUID(), operator);
    details.fields().forEachRemaining(f -> e.set(f.getKey(), f.getValue()));
    long seq = writer.commit(new ArrayList<>(List.of(e)), () -> {}).get(0);
    catalog.add(e);
    return seq;
  }

  private ObjectNode actEntry(String act, CaseName caseName, String actId, String operator) {
    ObjectNode e = Json.object();
    e.put("v", 1);
    e.put("type", "act");
    e.put("act", act);
    e.put("act_id", actId);
    if (caseName != null) {
      e.put("case", caseName.value());
    }
    e.put("time", writer.now().toString());
    e.put("operator", operator);
    e.set("tool", writer.toolJson());
    e.put("clock", "system clock of the host, UTC");
    return e;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
