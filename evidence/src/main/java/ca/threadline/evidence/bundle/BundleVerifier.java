package ca.threadline.evidence.bundle;

import ca.threadline.evidence.Problem;
import ca.threadline.evidence.custody.Checkpoint;
import ca.threadline.evidence.custody.InstallationKey;
import ca.threadline.evidence.custody.MerkleTree;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.ItemBytes;
import ca.threadline.evidence.json.CanonicalJson;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.Hex;
import ca.threadline.evidence.timestamp.TimestampCheck;
import ca.threadline.evidence.timestamp.TrustedTsa;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code threadline verify-bundle}: checks an evidence bundle on its own, with no data home: every
 * file against SHA256SUMS (and nothing unlisted), every checkpoint's Ed25519 signature and RFC 3161
 * token, every entry's inclusion proofs, the consistency proofs, and every item against its entry
 * and its bytes, re-read from the original container where it lives in one.
 */
public final class BundleVerifier {
  private static final int MAX_ENTRIES = 2_000_000;
  private final Consumer<String> notes;

  public BundleVerifier(Consumer<String> notes) {
    this.notes = notes;
  }

  /** What was checked and found. */
  public record Report(List<Problem> problems, int files, int items, int entries, int checkpoints, String keyFingerprint) {}

  public Report verify(Path zipPath, Path scratch) throws IOException {
    List<Problem> problems = new ArrayList<>();
    try (ZipFile zip = new ZipFile(zipPath.toFile(), StandardCharsets.UTF_8)) {
      Map<String, ZipEntry> files = new TreeMap<>();
      Enumeration<? extends ZipEntry> en = zip.entries();
      while (en.hasMoreElements()) {
        ZipEntry e = en.nextElement();
        if (files.size() >= MAX_ENTRIES) {
          problems.add(Problem.ofFile("unreadable", zipPath.toString(), "more than " + MAX_ENTRIES + " files"));
          break;
        }
        if (e.isDirectory()) {
          continue;
        }
        String n = e.getName();
        if (n.startsWith("/") || n.contains("..") || n.contains("\\")) {
          problems.add(Problem.ofFile("added", n, "a bundle never holds such a path"));
          continue;
        }
        if (files.put(n, e) != null) {
          problems.add(Problem.ofFile("added", n, "the name appears twice"));
        }
      }
      Map<String, String> sums = readSums(zip, files.get(BundleLayout.SUMS), problems);
      Map<String, String> actual = new HashMap<>();
      for (Map.Entry<String, ZipEntry> f : files.entrySet()) {
        if (f.getKey().equals(BundleLayout.SUMS)) {
          continue;
        }
        String sha;
        try (InputStream in = zip.getInputStream(f.getValue())) {
          sha = Digests.sha256Hex(in);
        } catch (IOException | RuntimeException e) {
          problems.add(Problem.ofFile("unreadable", f.getKey(), e.getMessage()));
          continue;
        }
        actual.put(f.getKey(), sha);
        String want = sums.get(f.getKey());
        if (want == null) {
          problems.add(Problem.ofFile("added", f.getKey(), "not listed in SHA256SUMS"));
        } else if (!want.equals(sha)) {
          problems.add(Problem.ofFile("modified", f.getKey(), "SHA-256 is " + sha + ", SHA256SUMS says " + want));
        }
      }
      for (String listed : sums.keySet()) {
        if (!files.containsKey(listed)) {
          problems.add(Problem.ofFile("missing", listed, "listed in SHA256SUMS but not in the bundle"));
        }
      }
      return checkContents(zip, files, actual, problems, scratch);
    }
  }

  private Report checkContents(ZipFile zip, Map<String, ZipEntry> files, Map<String, String> actual, List<Problem> problems, Path scratch) throws IOException {
    InstallationKey key = null;
    try {
      key = InstallationKey.fromPublicPem(text(zip, files, BundleLayout.PUBLIC_KEY));
    } catch (Exception e) {
      problems.add(Problem.ofFile("key_missing", BundleLayout.PUBLIC_KEY, "no usable public key: " + e.getMessage()));
    }
    List<X509Certificate> trusted = List.of();
    if (files.containsKey(BundleLayout.TSA_CA)) {
      try {
        trusted = TrustedTsa.parse(bytes(zip, files, BundleLayout.TSA_CA), BundleLayout.TSA_CA);
      } catch (IOException e) {
        problems.add(Problem.ofFile("timestamp_invalid", BundleLayout.TSA_CA, e.getMessage()));
      }
    }
    TimestampCheck tsCheck = new TimestampCheck(trusted);
    // checkpoints
    Map<Long, Checkpoint> cps = new TreeMap<>();
    for (String name : files.keySet()) {
      if (name.startsWith(BundleLayout.CHECKPOINTS) && name.endsWith(".txt")) {
        byte[] txt = bytes(zip, files, name);
        Checkpoint cp;
        try {
          cp = parseCheckpoint(txt);
        } catch (IllegalArgumentException e) {
          problems.add(Problem.ofFile("checkpoint_invalid", name, e.getMessage()));
          continue;
        }
        String sigName = name.substring(0, name.length() - 3) + "sig";
        byte[] sig = files.containsKey(sigName) ? bytes(zip, files, sigName) : null;
        if (sig == null || key == null || !key.verify(txt, sig) || !key.keyId().equals(cp.keyId())) {
          problems.add(Problem.ofFile("signature_invalid", name, "checkpoint " + cp.seq() + " is not signed by the bundle's key"));
        }
        String tsrName = name.substring(0, name.length() - 3) + "tsr";
        if (files.containsKey(tsrName)) {
          TimestampCheck.Result r = tsCheck.check(bytes(zip, files, tsrName), txt);
          if (!r.ok()) {
            problems.add(Problem.ofFile("timestamp_invalid", tsrName, r.problem()));
          } else if (!r.anchored()) {
            notes.accept(tsrName + ": time-stamp verifies but no trusted authority certificate (tsa/ca.pem) anchors it");
          }
        }
        cps.put(cp.seq(), cp);
      }
    }
    // entries and their proofs
    Map<Long, byte[]> entryBytes = new TreeMap<>();
    Map<String, Item> entryItems = new LinkedHashMap<>();
    for (String name : files.keySet()) {
      if (name.startsWith(BundleLayout.ENTRIES)) {
        byte[] b = bytes(zip, files, name);
        long seq;
        try {
          JsonNode n = Json.parse(b);
          if (!(n instanceof ObjectNode o) || !Arrays.equals(CanonicalJson.bytes(o), b)) {
            throw new IOException("not a canonical JSON object");
          }
          seq = o.path("seq").longValue();
          if (!name.equals(BundleLayout.entry(seq))) {
            throw new IOException("holds entry " + seq);
          }
          Item i = Item.fromEntry(o);
          if (i != null) {
            entryItems.put(i.id(), i);
          }
        } catch (IOException | IllegalArgumentException e) {
          problems.add(Problem.ofFile("log_entry_invalid", name, e.getMessage()));
          continue;
        }
        entryBytes.put(seq, b);
      }
    }
    Map<Long, Integer> provedAgainstLatest = new HashMap<>();
    long latest = cps.isEmpty() ? -1 : ((TreeMap<Long, Checkpoint>) cps).lastKey();
    for (String name : files.keySet()) {
      if (name.startsWith(BundleLayout.PROOFS)) {
        ProofFile.Inclusion p = ProofFile.Inclusion.parse(text(zip, files, name));
        if (p == null) {
          problems.add(Problem.ofFile("proof_invalid", name, "unreadable proof"));
          continue;
        }
        byte[] entry = entryBytes.get(p.entry());
        Checkpoint cp = cps.get(p.checkpoint());
        if (entry == null || cp == null || cp.size() != p.treeSize() || p.entry() != p.leafIndex()
            || !MerkleTree.verifyInclusion(p.leafIndex(), p.treeSize(), MerkleTree.leafHash(entry), p.path(), cp.root())) {
          problems.add(Problem.ofEntry("proof_invalid", p.entry(), name, "entry " + p.entry() + " is not proved to be in checkpoint " + p.checkpoint()));
        } else if (p.checkpoint() == latest) {
          provedAgainstLatest.merge(p.entry(), 1, Integer::sum);
        }
      }
    }
    for (long seq : entryBytes.keySet()) {
      if (!provedAgainstLatest.containsKey(seq)) {
        problems.add(Problem.ofEntry("proof_invalid", seq, BundleLayout.entry(seq), "no valid proof against the latest checkpoint"));
      }
    }
    for (String name : files.keySet()) {
      if (name.startsWith(BundleLayout.CONSISTENCY)) {
        ProofFile.Consistency c = ProofFile.Consistency.parse(text(zip, files, name));
        Checkpoint a = c == null ? null : cps.get(c.from());
        Checkpoint b = c == null ? null : cps.get(c.to());
        if (a == null || b == null || a.size() != c.fromSize() || b.size() != c.toSize()
            || !MerkleTree.verifyConsistency(c.fromSize(), c.toSize(), a.root(), b.root(), c.path())) {
          problems.add(Problem.ofFile("proof_invalid", name, "not a valid consistency proof between the checkpoints"));
        }
      }
    }
    // items
    JsonNode manifest = null;
    try {
      manifest = Json.parse(bytes(zip, files, BundleLayout.MANIFEST));
    } catch (IOException e) {
      problems.add(Problem.ofFile("missing", BundleLayout.MANIFEST, "no readable manifest: " + e.getMessage()));
    }
    int itemCount = 0;
    if (manifest != null) {
      itemCount = checkItems(zip, files, actual, manifest, entryItems, problems, scratch);
    }
    problems.sort(Comparator.comparing((Problem p) -> p.file() == null ? "" : p.file()));
    return new Report(List.copyOf(problems), files.size(), itemCount, entryBytes.size(), cps.size(), key == null ? null : key.fingerprint());
  }

  private int checkItems(ZipFile zip, Map<String, ZipEntry> files, Map<String, String> actual, JsonNode manifest, Map<String, Item> entryItems, List<Problem> problems, Path scratch) throws IOException {
    int count = 0;
    Map<String, List<Item>> byContainer = new LinkedHashMap<>();
    for (JsonNode m : manifest.path("items")) {
      count++;
      String id = Json.text(m, "id");
      Item e = entryItems.remove(id);
      if (e == null) {
        problems.add(Problem.ofItem("missing", id, BundleLayout.MANIFEST, "no custody entry for this item"));
        continue;
      }
      if (!e.sha256().equals(Json.text(m, "sha256")) || e.size() != m.path("size").longValue() || !e.kind().equals(Json.text(m, "kind"))) {
        problems.add(Problem.ofItem("modified", id, BundleLayout.MANIFEST, "the manifest disagrees with the custody entry"));
      }
      String file = Json.text(m, "file");
      String got = file == null ? null : actual.get(file);
      if (got == null) {
        problems.add(Problem.ofItem("missing", id, file, "the item's file is not in the bundle"));
      } else if (!got.equals(e.sha256())) {
        problems.add(Problem.ofItem("modified", id, file, "SHA-256 is " + got + ", the custody entry says " + e.sha256()));
      }
      if (!(e.location() instanceof ca.threadline.evidence.item.Location.WholeFile)) {
        byContainer.computeIfAbsent("originals/" + e.location().file(), k -> new ArrayList<>()).add(e);
      } else if (file != null && !file.equals("originals/" + e.location().file())) {
        problems.add(Problem.ofItem("modified", id, file, "the manifest points elsewhere than the custody entry"));
      }
    }
    for (Item left : entryItems.values()) {
      problems.add(Problem.ofItem("missing", left.id(), BundleLayout.MANIFEST, "custody entry " + left.seq() + " records an item the manifest omits"));
    }
    // Re-read items that live inside containers from the original container.
    for (Map.Entry<String, List<Item>> c : byContainer.entrySet()) {
      ZipEntry ze = files.get(c.getKey());
      if (ze == null) {
        for (Item i : c.getValue()) {
          problems.add(Problem.ofItem("missing", i.id(), c.getKey(), "the original container is not in the bundle"));
        }
        continue;
      }
      Files.createDirectories(scratch);
      Path tmp = Files.createTempFile(scratch, "container-", ".bin");
      try {
        try (InputStream in = zip.getInputStream(ze)) {
          Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (Item i : c.getValue()) {
          String sha;
          try (InputStream in = ItemBytes.open(tmp, i.location())) {
            sha = Digests.sha256Hex(in);
          } catch (IOException | RuntimeException ex) {
            problems.add(Problem.ofItem("record_missing", i.id(), c.getKey(), ex.getMessage()));
            continue;
          }
          if (!sha.equals(i.sha256())) {
            problems.add(Problem.ofItem("record_modified", i.id(), c.getKey(), "re-read from its container, the item has SHA-256 " + sha));
          }
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return count;
  }

  private static Map<String, String> readSums(ZipFile zip, ZipEntry sums, List<Problem> problems) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (sums == null) {
      problems.add(Problem.ofFile("missing", BundleLayout.SUMS, "the bundle has no SHA256SUMS"));
      return out;
    }
    String text;
    try (InputStream in = zip.getInputStream(sums)) {
      text = new String(in.readNBytes(256 * 1024 * 1024), StandardCharsets.UTF_8);
    }
    int line = 0;
    for (String l : text.split("\n")) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      if (l.length() < 67 || !Hex.isSha256(l.substring(0, 64)) || l.charAt(64) != ' ' || (l.charAt(65) != ' ' && l.charAt(65) != '*')) {
        problems.add(Problem.ofFile("modified", BundleLayout.SUMS, "line " + line + " is not \"<sha256>  <file>\""));
        continue;
      }
      out.put(l.substring(66), l.substring(0, 64));
    }
    return out;
  }

  static Checkpoint parseCheckpoint(byte[] txt) {
    String s = new String(txt, StandardCharsets.US_ASCII);
    String[] lines = s.split("\n");
    if (lines.length != 6 || !lines[0].equals("threadline custody checkpoint v1") || !s.endsWith("\n")) {
      throw new IllegalArgumentException("not a Threadline checkpoint");
    }
    try {
      String key = field(lines[1], "key");
      long seq = Long.parseLong(field(lines[2], "checkpoint"));
      long size = Long.parseLong(field(lines[3], "size"));
      byte[] root = Hex.parse(field(lines[4], "root"));
      Instant time = Instant.parse(field(lines[5], "time"));
      Checkpoint cp = new Checkpoint(seq, size, root, time, key, new byte[0], null, null, null, null);
      if (!Arrays.equals(cp.signedText(), txt)) {
        throw new IllegalArgumentException("not in the form Threadline signs");
      }
      return cp;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed checkpoint: " + e.getMessage(), e);
    }
  }

  private static String field(String line, String name) {
    if (!line.startsWith(name + " ")) {
      throw new IllegalArgumentException("expected \"" + name + "\"");
    }
    return line.substring(name.length() + 1);
  }

  private static byte[] bytes(ZipFile zip, Map<String, ZipEntry> files, String name) throws IOException {
    ZipEntry e = files.get(name);
    if (e == null) {
      throw new IOException(name + " is missing");
    }
    try (InputStream in = zip.getInputStream(e)) {
      return in.readNBytes(64 * 1024 * 1024);
    }
  }

  private static String text(ZipFile zip, Map<String, ZipEntry> files, String name) throws IOException {
    return new String(bytes(zip, files, name), StandardCharsets.UTF_8);
  }
}
