package ca.threadline.evidence.custody;

import ca.threadline.evidence.Problem;
import ca.threadline.evidence.json.CanonicalJson;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.AtomicFiles;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Appends acts to the custody log under the home's exclusive lock, following the commit protocol
 * of {@link Head}. Opening a writer first rolls back whatever an interrupted act left (log and
 * checkpoint bytes past the commit point, blobs and WARC files no committed entry names, staging
 * files): the leftovers are moved to {@code custody/rolled-back/<time>/}, never deleted, and the
 * roll-back is itself recorded as a {@code recovery} act.
 *
 * <p>A writer refuses to append to a log whose committed part fails its checks: new entries must
 * never be chained onto altered ones.
 */
public final class CustodyWriter implements AutoCloseable {
  /** What every entry says about the software that wrote it. */
  public record Tool(String name, String version) {}

  private final EvidenceHome home;
  private final Clock clock;
  private final Timestamper timestamper;
  private final Consumer<String> messages;
  private final Tool tool;
  private final CustodyLock lock;
  private final InstallationKey key;
  private LogState state;
  private Head head;

  private CustodyWriter(EvidenceHome home, Clock clock, Timestamper timestamper, Consumer<String> messages, Tool tool, CustodyLock lock, InstallationKey key) {
    this.home = home;
    this.clock = clock;
    this.timestamper = timestamper;
    this.messages = messages;
    this.tool = tool;
    this.lock = lock;
    this.key = key;
  }

  /**
   * Opens the log for writing.
   *
   * @param timestamper the RFC 3161 authority to ask for each checkpoint, or null
   * @param messages receives warnings for stderr
   */
  public static CustodyWriter open(EvidenceHome home, Clock clock, Timestamper timestamper, Consumer<String> messages, Tool tool) throws IOException {
    CustodyLock lock = CustodyLock.exclusive(home.lockFile(), messages);
    try {
      InstallationKey key = InstallationKey.loadOrCreate(home.keys());
      CustodyWriter w = new CustodyWriter(home, clock, timestamper, messages, tool, lock, key);
      w.state = LogReader.read(home);
      if (!w.state.problems().isEmpty()) {
        throw new CustodyDamagedException(w.state.problems());
      }
      w.head = w.state.headPresent() ? w.state.head() : Head.empty(key.keyId());
      if (w.state.interrupted()) {
        w.recover();
      } else if (w.hasStagingLeftovers()) {
        w.clearStaging();
      }
      return w;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The committed log as of the last commit. */
  public LogState state() {
    return state;
  }

  public InstallationKey key() {
    return key;
  }

  public Tool tool() {
    return tool;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Work done between "pending" and the append: renames of staged files into place. */
  @FunctionalInterface
  public interface FilePlacement {
    void run() throws IOException;
  }

  /**
   * Commits entries: marks HEAD pending, runs {@code placement}, appends the entries (each gets its
   * {@code seq}), signs and time-stamps a checkpoint, moves HEAD. Returns the entries' numbers.
   */
  public List<Long> commit(List<ObjectNode> entries, FilePlacement placement) throws IOException {
    if (entries.isEmpty()) {
      return List.of();
    }
    writeHead(withPending(true));
    placement.run();
    long first = head.entries();
    ByteArrayOutputStream lines = new ByteArrayOutputStream(entries.size() * 512);
    List<byte[]> leaves = new ArrayList<>(entries.size());
    List<Long> seqs = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      ObjectNode e = entries.get(i);
      ca.threadline.evidence.json.JsonClean.deep(e);
      long seq = first + i;
      e.put("seq", seq);
      byte[] b = CanonicalJson.bytes(e);
      leaves.add(MerkleTree.leafHash(b));
      lines.writeBytes(b);
      lines.write('\n');
      seqs.add(seq);
    }
    long logBytes = append(home.log(), head.logBytes(), lines.toByteArray());
    for (byte[] leaf : leaves) {
      state.tree().appendLeafHash(leaf);
    }
    for (ObjectNode e : entries) {
      state.entries().add(e);
    }
    MerkleTree tree = state.tree();
    Instant time = clock.instant();
    long cpSeq = head.checkpoints();
    byte[] root = tree.root();
    byte[] text = Checkpoint.signedText(cpSeq, tree.size(), root, time, key.keyId());
    byte[] tsr = null;
    String tsaError = null;
    if (timestamper != null) {
      try {
        tsr = timestamper.timestamp(text);
      } catch (IOException | RuntimeException ex) {
        tsaError = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        messages.accept("warning: the time-stamping authority " + timestamper.url() + " failed (" + tsaError + "); checkpoint " + cpSeq + " is signed but not time-stamped");
      }
    }
    String prev = head.lastCheckpoint().isEmpty() ? null : head.lastCheckpoint();
    Checkpoint cp = new Checkpoint(cpSeq, tree.size(), root, time, key.keyId(), key.sign(text), tsr, timestamper == null ? null : timestamper.url(), tsaError, prev);
    byte[] cpLine = CanonicalJson.bytes(cp.toJson());
    ByteArrayOutputStream cpBytes = new ByteArrayOutputStream(cpLine.length + 1);
    cpBytes.writeBytes(cpLine);
    cpBytes.write('\n');
    long checkpointBytes = append(home.checkpoints(), head.checkpointBytes(), cpBytes.toByteArray());
    state.checkpoints().add(cp);
    head = new Head(logBytes, tree.size(), checkpointBytes, cpSeq + 1, root, Digests.sha256Hex(cpLine), false, time, key.keyId(), new byte[0]);
    writeHead(head);
    return seqs;
  }

  private Head withPending(boolean pending) {
    return head.pending(pending, clock.instant());
  }

  private void writeHead(Head h) throws IOException {
    head = h.signedWith(key);
    AtomicFiles.write(home.head(), head.toBytes());
  }

  /** Appends at the committed length (anything past it was rolled back on open) and forces. */
  private static long append(Path file, long at, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      if (ch.size() != at) {
        ch.truncate(at);
      }
      ch.position(at);
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
      return at + bytes.length;
    }
  }

  private boolean hasStagingLeftovers() throws IOException {
    if (!Files.isDirectory(home.tmp())) {
      return false;
    }
    try (Stream<Path> s = Files.list(home.tmp())) {
      return s.findAny().isPresent();
    }
  }

  /** Rolls back an interrupted act; see the class comment. */
  private void recover() throws IOException {
    String stamp = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC).format(clock.instant());
    Path dir = home.rolledBack().resolve(stamp);
    ObjectNode rolled = Json.object();
    boolean anything = false;
    long logTail = state.logTail();
    if (logTail > 0) {
      anything = true;
      rolled.set("log", moveTail(home.log(), head.logBytes(), dir.resolve("log.jsonl.tail")));
    }
    if (state.checkpointTail() > 0) {
      anything = true;
      rolled.set("checkpoints", moveTail(home.checkpoints(), head.checkpointBytes(), dir.resolve("checkpoints.jsonl.tail")));
    }
    ArrayNode files = Json.array();
    Set<String> referenced = referencedFiles(state.entries());
    for (Path root : List.of(home.blobs(), home.warc())) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> found;
      try (Stream<Path> s = Files.walk(root)) {
        found = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path p : found) {
        String rel = home.relative(p);
        if (!referenced.contains(rel)) {
          Path to = dir.resolve("files").resolve(rel);
          Files.createDirectories(to.getParent());
          ObjectNode f = Json.object();
          f.put("path", rel);
          f.put("size", Files.size(p));
          Files.move(p, to);
          files.add(f);
        }
      }
    }
    if (!files.isEmpty()) {
      anything = true;
      rolled.set("files", files);
      AtomicFiles.forceDirectory(dir.resolve("files"));
    }
    clearStaging();
    if (anything) {
      rolled.put("moved_to", home.relative(dir));
      messages.accept("recovered from an interrupted act: its leftovers were moved to " + home.relative(dir));
      ObjectNode entry = Json.object();
      entry.put("v", 1);
      entry.put("type", "act");
      entry.put("act", "recovery");
      entry.put("time", clock.instant().toString());
      entry.set("tool", toolJson());
      entry.set("rolled_back", rolled);
      commit(new ArrayList<>(List.of(entry)), () -> {});
    } else {
      writeHead(withPending(false));
    }
  }

  /** Staging files are never evidence: an interrupted act's are simply removed. */
  private void clearStaging() throws IOException {
    if (Files.isDirectory(home.tmp())) {
      try (Stream<Path> s = Files.walk(home.tmp())) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          if (!p.equals(home.tmp())) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  public ObjectNode toolJson() {
    ObjectNode t = Json.object();
    t.put("name", tool.name());
    t.put("version", tool.version());
    return t;
  }

  private ObjectNode moveTail(Path file, long committed, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    long size = Files.size(file);
    var md = Digests.sha256();
    try (FileChannel src = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileChannel dst = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      src.position(committed);
      try (InputStream in = java.nio.channels.Channels.newInputStream(src)) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) >= 0; ) {
          md.update(buf, 0, n);
          dst.write(ByteBuffer.wrap(buf, 0, n));
        }
      }
      dst.force(true);
    }
    try (FileChannel src = FileChannel.open(file, StandardOpenOption.WRITE)) {
      src.truncate(committed);
      src.force(true);
    }
    ObjectNode o = Json.object();
    o.put("bytes", size - committed);
    o.put("sha256", Hex.of(md.digest()));
    return o;
  }

  /** The home-relative files committed entries name in {@code location.file}. */
  public static Set<String> referencedFiles(List<ObjectNode> entries) {
    Set<String> out = new java.util.HashSet<>();
    for (ObjectNode e : entries) {
      if (e == null) {
        continue;
      }
      String f = Json.text(e.path("location"), "file");
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    lock.close();
  }

  /** The committed log fails its checks; nothing may be appended until a person has looked. */
  public static final class CustodyDamagedException extends IOException {
    private final List<Problem> problems;

    public CustodyDamagedException(List<Problem> problems) {
      super("the custody log is damaged (" + problems.size() + " problem(s), first: " + problems.get(0).detail() + "); run `threadline verify` and keep this home as it is for examination");
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }
}
