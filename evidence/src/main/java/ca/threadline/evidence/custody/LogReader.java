package ca.threadline.evidence.custody;

import ca.threadline.evidence.Problem;
import ca.threadline.evidence.json.CanonicalJson;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and checks the custody log of a data home: HEAD's signature, every committed entry line
 * (strict JSON, canonical bytes, its own number), every committed checkpoint (signature, number,
 * root equal to the rebuilt tree's root at its size), and what lies beyond the commit point.
 * Time-stamp tokens are checked by {@code verify} (they need the trusted TSA certificate).
 */
public final class LogReader {
  /** An entry longer than this is reported, not parsed (it is still hashed). */
  static final int MAX_ENTRY_BYTES = 16 * 1024 * 1024;

  private final EvidenceHome home;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private LogReader(EvidenceHome home) {
    this.home = home;
  }

  public static LogState read(EvidenceHome home) throws IOException {
    return new LogReader(home).read();
  }

  private LogState read() throws IOException {
    InstallationKey key = InstallationKey.loadPublic(home.keys());
    Path headPath = home.head();
    long logLen = Files.exists(home.log()) ? Files.size(home.log()) : 0;
    long cpLen = Files.exists(home.checkpoints()) ? Files.size(home.checkpoints()) : 0;
    Head head;
    boolean headPresent = Files.exists(headPath);
    String headFile = home.relative(headPath);
    if (!headPresent) {
      head = Head.empty(key == null ? "" : key.keyId());
      if (logLen > 0 || cpLen > 0) {
        problems.add(Problem.ofFile("head_missing", headFile, "the commit point is missing while the log holds " + logLen + " bytes"));
      }
    } else {
      try {
        byte[] headBytes = Files.readAllBytes(headPath);
        head = Head.parse(headBytes);
        if (!Arrays.equals(head.toBytes(), headBytes)) {
          problems.add(Problem.ofFile("head_invalid", headFile, "HEAD is not in the form Threadline writes (altered bytes)"));
        }
        if (key == null) {
          problems.add(Problem.ofFile("key_missing", "keys/" + InstallationKey.PUBLIC_FILE, "no public key to check the custody log's signatures"));
        } else if (!key.verify(head.signedBytes(), head.signature()) || !key.keyId().equals(head.keyId())) {
          problems.add(Problem.ofFile("signature_invalid", headFile, "HEAD is not signed by installation key " + key.keyId()));
        }
      } catch (IOException e) {
        problems.add(Problem.ofFile("head_invalid", headFile, e.getMessage()));
        head = Head.empty(key == null ? "" : key.keyId());
      }
    }

    MerkleTree tree = new MerkleTree();
    List<ObjectNode> entries = new ArrayList<>();
    readEntries(head, logLen, tree, entries);
    List<Checkpoint> checkpoints = new ArrayList<>();
    readCheckpoints(head, cpLen, key, tree, checkpoints);

    if (!Arrays.equals(tree.root(), head.root()) && headPresent) {
      problems.add(Problem.ofFile("log_root_mismatch", home.relative(home.log()), "the rebuilt tree of " + tree.size() + " entries has root " + Hex.of(tree.root()) + ", HEAD says " + Hex.of(head.root())));
    }

    long logTail = Math.max(0, logLen - head.logBytes());
    long cpTail = Math.max(0, cpLen - head.checkpointBytes());
    if (logTail > 0 || cpTail > 0) {
      String what = logTail + " byte(s) of log and " + cpTail + " byte(s) of checkpoints beyond the commit point";
      if (head.pending()) {
        notes.add("an interrupted act left " + what + "; the next writing command rolls them back");
      } else {
        if (logTail > 0) {
          problems.add(Problem.ofEntry("added", head.entries(), home.relative(home.log()), logTail + " byte(s) appended after the last committed entry"));
        }
        if (cpTail > 0) {
          problems.add(Problem.ofFile("added", home.relative(home.checkpoints()), cpTail + " byte(s) appended after the last committed checkpoint"));
        }
      }
    } else if (head.pending()) {
      notes.add("an act was interrupted before it wrote to the log; the next writing command completes the recovery");
    }
    return new LogState(head, headPresent, key, entries, tree, checkpoints, logTail, cpTail, List.copyOf(problems), List.copyOf(notes));
  }

  private void readEntries(Head head, long logLen, MerkleTree tree, List<ObjectNode> entries) throws IOException {
    String file = home.relative(home.log());
    if (head.logBytes() > logLen) {
      problems.add(Problem.ofFile("log_truncated", file, "HEAD commits " + head.logBytes() + " bytes, the log has " + logLen));
    }
    if (head.logBytes() == 0 || logLen == 0) {
      if (head.entries() != 0) {
        problems.add(Problem.ofFile("log_truncated", file, "HEAD commits " + head.entries() + " entries, the log has none"));
      }
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(home.log()), 1 << 16)) {
      LineSplitter lines = new LineSplitter(in, Math.min(head.logBytes(), logLen), MAX_ENTRY_BYTES);
      for (LineSplitter.Line line; (line = lines.next()) != null; ) {
        long seq = tree.size();
        tree.appendLeafHash(line.leafHash());
        entries.add(parseEntry(seq, line, file));
      }
    }
    if (tree.size() != head.entries()) {
      problems.add(Problem.ofEntry("log_entry_count", Math.min(tree.size(), head.entries()), file, "the committed log holds " + tree.size() + " entries, HEAD says " + head.entries()));
    }
  }

  private ObjectNode parseEntry(long seq, LineSplitter.Line line, String file) {
    if (!line.terminated()) {
      problems.add(Problem.ofEntry("log_entry_invalid", seq, file, "the last committed entry has no line end"));
    }
    if (line.bytes() == null) {
      problems.add(Problem.ofEntry("log_entry_invalid", seq, file, "entry longer than " + MAX_ENTRY_BYTES + " bytes"));
      return null;
    }
    try {
      JsonNode n = Json.parse(line.bytes());
      if (!(n instanceof ObjectNode o)) {
        problems.add(Problem.ofEntry("log_entry_invalid", seq, file, "entry is not a JSON object"));
        return null;
      }
      if (!Arrays.equals(CanonicalJson.bytes(o), line.bytes())) {
        problems.add(Problem.ofEntry("log_entry_invalid", seq, file, "entry is not in canonical form (altered bytes)"));
      }
      JsonNode s = o.get("seq");
      if (s == null || !s.isIntegralNumber() || s.longValue() != seq) {
        problems.add(Problem.ofEntry("log_entry_out_of_order", seq, file, "line " + (seq + 1) + " holds entry " + (s == null ? "without a number" : s.toString())));
      }
      return o;
    } catch (IOException | IllegalArgumentException e) {
      problems.add(Problem.ofEntry("log_entry_invalid", seq, file, "not valid JSON: " + firstLine(e.getMessage())));
      return null;
    }
  }

  private void readCheckpoints(Head head, long cpLen, InstallationKey key, MerkleTree tree, List<Checkpoint> out) throws IOException {
    String file = home.relative(home.checkpoints());
    if (head.checkpointBytes() > cpLen) {
      problems.add(Problem.ofFile("log_truncated", file, "HEAD commits " + head.checkpointBytes() + " bytes of checkpoints, the file has " + cpLen));
    }
    long count = 0;
    long lastSize = -1;
    String firstMismatch = null;
    String chain = "";
    if (head.checkpointBytes() > 0 && cpLen > 0) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(home.checkpoints()), 1 << 16)) {
        LineSplitter lines = new LineSplitter(in, Math.min(head.checkpointBytes(), cpLen), 1 << 20);
        for (LineSplitter.Line line; (line = lines.next()) != null; ) {
          long k = count++;
          String expectedPrev = chain;
          chain = line.bytes() == null ? "?" : ca.threadline.evidence.store.Digests.sha256Hex(line.bytes());
          Checkpoint cp;
          try {
            if (line.bytes() == null || !line.terminated()) {
              throw new IllegalArgumentException(line.bytes() == null ? "checkpoint line too long" : "no line end");
            }
            JsonNode n = Json.parse(line.bytes());
            cp = Checkpoint.fromJson(n);
            if (!Arrays.equals(CanonicalJson.bytes(n), line.bytes())) {
              throw new IllegalArgumentException("not in canonical form (altered bytes)");
            }
          } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.ofFile("checkpoint_invalid", file, "checkpoint " + k + ": " + firstLine(e.getMessage())));
            continue;
          }
          if (!expectedPrev.equals(cp.prev() == null ? "" : cp.prev())) {
            problems.add(Problem.ofFile("checkpoint_invalid", file, "checkpoint " + k + " does not chain to the line before it (altered bytes)"));
          }
          if (cp.seq() != k) {
            problems.add(Problem.ofFile("checkpoint_invalid", file, "line " + (k + 1) + " holds checkpoint " + cp.seq()));
          }
          if (key != null && (!key.keyId().equals(cp.keyId()) || !key.verify(cp.signedText(), cp.signature()))) {
            problems.add(Problem.ofFile("signature_invalid", file, "checkpoint " + k + " is not signed by installation key " + key.keyId()));
          }
          if (cp.size() < lastSize) {
            problems.add(Problem.ofFile("checkpoint_invalid", file, "checkpoint " + k + " shrinks the log from " + lastSize + " to " + cp.size()));
          }
          if (cp.size() > tree.size()) {
            problems.add(Problem.ofEntry("log_truncated", tree.size(), home.relative(home.log()), "checkpoint " + k + " covers " + cp.size() + " entries, the log has " + tree.size()));
          } else if (!Arrays.equals(tree.root(cp.size()), cp.root()) && firstMismatch == null) {
            long from = Math.max(0, lastSize);
            firstMismatch = "entries " + from + ".." + (cp.size() - 1) + " differ from what checkpoint " + k + " signed";
            problems.add(Problem.ofEntry("log_root_mismatch", from, home.relative(home.log()), firstMismatch));
          }
          lastSize = Math.max(lastSize, cp.size());
          out.add(cp);
        }
      }
    }
    if (count == head.checkpoints() && !chain.equals(head.lastCheckpoint())) {
      problems.add(Problem.ofFile("checkpoint_invalid", file, "the last committed checkpoint is not the one HEAD signed (altered bytes)"));
    }
    if (count != head.checkpoints()) {
      problems.add(Problem.ofFile("checkpoint_count", file, "the committed file holds " + count + " checkpoints, HEAD says " + head.checkpoints()));
    }
    if (head.entries() > 0 && (out.isEmpty() || out.get(out.size() - 1).size() != head.entries())) {
      problems.add(Problem.ofFile("checkpoint_invalid", file, "the last checkpoint does not cover the " + head.entries() + " committed entries"));
    }
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * Splits the first {@code limit} bytes of a stream into lines, hashing each line as an RFC 6962
   * leaf while reading it, so a line of any length costs at most {@code maxLine} bytes of memory.
   */
  static final class LineSplitter {
    record Line(byte[] bytes, byte[] leafHash, boolean terminated) {}

    private final InputStream in;
    private long remaining;
    private final int maxLine;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;

    LineSplitter(InputStream in, long limit, int maxLine) {
      this.in = in;
      this.remaining = limit;
      this.maxLine = maxLine;
    }

    private boolean fill() throws IOException {
      if (remaining <= 0) {
        return false;
      }
      int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
      if (n <= 0) {
        remaining = 0;
        return false;
      }
      remaining -= n;
      pos = 0;
      len = n;
      return true;
    }

    Line next() throws IOException {
      if (pos >= len && !fill()) {
        return null;
      }
      MessageDigest md = ca.threadline.evidence.store.Digests.sha256();
      md.update((byte) 0);
      ByteArrayOutputStream line = new ByteArrayOutputStream(512);
      boolean over = false;
      while (true) {
        if (pos >= len && !fill()) {
          return new Line(over ? null : line.toByteArray(), md.digest(), false);
        }
        int nl = -1;
        for (int i = pos; i < len; i++) {
          if (buf[i] == '\n') {
            nl = i;
            break;
          }
        }
        int end = nl < 0 ? len : nl;
        md.update(buf, pos, end - pos);
        if (!over) {
          if (line.size() + (end - pos) > maxLine) {
            over = true;
            line = new ByteArrayOutputStream(0);
          } else {
            line.write(buf, pos, end - pos);
          }
        }
        pos = end;
        if (nl >= 0) {
          pos++;
          return new Line(over ? null : line.toByteArray(), md.digest(), true);
        }
      }
    }
  }
}
