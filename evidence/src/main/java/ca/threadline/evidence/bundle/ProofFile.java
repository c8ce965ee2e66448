package ca.threadline.evidence.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proof files of a bundle ({@code custody/proofs/N-K.txt}, {@code custody/consistency/K-L.txt}):
 * "name value" header lines, then a line "path" and the proof's hashes, one base64 hash per line,
 * in the order of RFC 6962 (leaf to root). Parsing returns null for anything malformed.
 */
final class ProofFile {
  private ProofFile() {}

  /** Splits a proof file into its header fields and, after the line "path", its base64 hashes. */
  static Map<String, String> fields(String s, List<byte[]> path) {
    Map<String, String> f = new HashMap<>();
    boolean inPath = false;
    for (String l : s.split("\n")) {
      if (inPath) {
        byte[] h = java.util.Base64.getDecoder().decode(l.strip());
        if (h.length != 32) {
          throw new IllegalArgumentException("a hash is 32 bytes");
        }
        path.add(h);
      } else if (l.equals("path")) {
        inPath = true;
      } else {
        int sp = l.indexOf(' ');
        if (sp < 0 || f.put(l.substring(0, sp), l.substring(sp + 1)) != null) {
          throw new IllegalArgumentException("malformed line");
        }
      }
    }
    return f;
  }

  /** An inclusion proof file. */
  record Inclusion(long entry, long leafIndex, long checkpoint, long treeSize, List<byte[]> path) {
    static Inclusion parse(String s) {
      try {
        List<byte[]> path = new ArrayList<>();
        Map<String, String> f = fields(s, path);
        return new Inclusion(Long.parseLong(f.get("entry")), Long.parseLong(f.get("leaf-index")), Long.parseLong(f.get("checkpoint")), Long.parseLong(f.get("tree-size")), path);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  /** A consistency proof file. */
  record Consistency(long from, long fromSize, long to, long toSize, List<byte[]> path) {
    static Consistency parse(String s) {
      try {
        List<byte[]> path = new ArrayList<>();
        Map<String, String> f = fields(s, path);
        return new Consistency(Long.parseLong(f.get("from-checkpoint")), Long.parseLong(f.get("from-size")), Long.parseLong(f.get("to-checkpoint")), Long.parseLong(f.get("to-size")), path);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }
}
