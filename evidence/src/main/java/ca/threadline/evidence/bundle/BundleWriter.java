package ca.threadline.evidence.bundle;

import ca.threadline.evidence.custody.Checkpoint;
import ca.threadline.evidence.custody.LogState;
import ca.threadline.evidence.custody.MerkleTree;
import ca.threadline.evidence.item.Catalog;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.ItemBytes;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.json.CanonicalJson;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.AtomicFiles;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.evidence.store.Hex;
import ca.threadline.evidence.timestamp.TimestampCheck;
import ca.threadline.evidence.timestamp.TrustedTsa;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an evidence bundle: a ZIP a court, a defence expert or another lab can check on its own
 * (see the README it carries): originals, extracted items, manifest (JSON and CASE/UCO JSON-LD),
 * the case's custody entries with Merkle inclusion proofs against the signed checkpoints that first
 * committed them and against the latest one, consistency proofs between those checkpoints, their
 * RFC 3161 tokens, the public key, and {@code SHA256SUMS} over everything else.
 *
 * <p>Only the case's own entries go in: other cases' entries are proved around (their hashes appear
 * in audit paths) but never disclosed.
 */
public final class BundleWriter {
  /** What was written. */
  public record Written(Path file, String sha256, long size, int items, int entries, int checkpoints) {}

  private final EvidenceHome home;
  private final LogState state;
  private final Catalog catalog;

  public BundleWriter(EvidenceHome home, LogState state, Catalog catalog) {
    this.home = home;
    this.state = state;
    this.catalog = catalog;
  }

  public Written write(String caseName, Path out, String software, String operator, String created) throws IOException {
    List<Item> items = catalog.items(caseName);
    Checkpoint last = state.latestCheckpoint();
    if (last == null) {
      throw new IOException("the custody log has no checkpoint yet");
    }
    List<ObjectNode> entries = new ArrayList<>();
    for (ObjectNode e : state.entries()) {
      if (e != null && caseName.equals(Json.text(e, "case")) && Json.longValue(e, "seq", -1) < last.size()) {
        entries.add(e);
      }
    }
    Map<String, String> sums = new TreeMap<>();
    Path tmp = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".partial");
    Files.createDirectories(tmp.getParent());
    TreeSet<Long> used = new TreeSet<>();
    try (OutputStream fos = Files.newOutputStream(tmp);
        ZipOutputStream zip = new ZipOutputStream(fos, StandardCharsets.UTF_8)) {
      zip.setLevel(Deflater.BEST_SPEED);
      // originals and extracted items
      Map<String, String> itemFiles = new LinkedHashMap<>();
      TreeSet<String> originals = new TreeSet<>();
      for (Item i : items) {
        originals.add(i.location().file());
      }
      for (String f : originals) {
        try (InputStream in = Files.newInputStream(home.resolve(f))) {
          put(zip, sums, "originals/" + f, in);
        }
      }
      TreeSet<String> extracted = new TreeSet<>();
      for (Item i : items) {
        if (i.location() instanceof Location.WholeFile) {
          itemFiles.put(i.id(), "originals/" + i.location().file());
        } else {
          String name = "items/" + i.sha256();
          itemFiles.put(i.id(), name);
          if (extracted.add(name)) {
            try (InputStream in = ItemBytes.open(home.resolve(i.location().file()), i.location())) {
              put(zip, sums, name, in);
            }
          }
        }
      }
      // custody: entries, proofs against the committing checkpoint and the latest one
      List<Checkpoint> cps = state.checkpoints();
      MerkleTree tree = state.tree();
      for (ObjectNode e : entries) {
        long seq = Json.longValue(e, "seq", -1);
        put(zip, sums, BundleLayout.entry(seq), CanonicalJson.bytes(e));
        Checkpoint first = firstCovering(cps, seq);
        for (Checkpoint cp : first.seq() == last.seq() ? List.of(last) : List.of(first, last)) {
          used.add(cp.seq());
          StringBuilder sb = new StringBuilder();
          sb.append("entry ").append(seq).append('\n');
          sb.append("leaf-index ").append(seq).append('\n');
          sb.append("checkpoint ").append(cp.seq()).append('\n');
          sb.append("tree-size ").append(cp.size()).append('\n');
          // The audit path follows its header line, one base64 hash per line, leaf to root: at
          // 10^6 entries (20 hashes) the whole file stays under 1 KB.
          sb.append("path\n");
          for (byte[] h : tree.inclusionProof(seq, cp.size())) {
            sb.append(b64(h)).append('\n');
          }
          put(zip, sums, BundleLayout.proof(seq, cp.seq()), sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
      }
      used.add(last.seq());
      X509Certificate tsaCert = null;
      TimestampCheck tsCheck = new TimestampCheck(List.of());
      for (long k : used) {
        Checkpoint cp = cps.get((int) k);
        put(zip, sums, BundleLayout.checkpoint(k, "txt"), cp.signedText());
        put(zip, sums, BundleLayout.checkpoint(k, "sig"), cp.signature());
        put(zip, sums, BundleLayout.checkpoint(k, "json"), CanonicalJson.bytes(cp.toJson()));
        if (cp.tsr() != null) {
          put(zip, sums, BundleLayout.checkpoint(k, "tsr"), cp.tsr());
          if (tsaCert == null) {
            tsaCert = tsCheck.signerOf(cp.tsr());
          }
        }
        if (k != last.seq()) {
          StringBuilder sb = new StringBuilder();
          sb.append("from-checkpoint ").append(k).append('\n');
          sb.append("from-size ").append(cp.size()).append('\n');
          sb.append("to-checkpoint ").append(last.seq()).append('\n');
          sb.append("to-size ").append(last.size()).append('\n');
          sb.append("path\n");
          for (byte[] h : tree.consistencyProof(cp.size(), last.size())) {
            sb.append(b64(h)).append('\n');
          }
          put(zip, sums, BundleLayout.consistency(k, last.seq()), sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
      }
      put(zip, sums, BundleLayout.PUBLIC_KEY, state.key().publicPem().getBytes(StandardCharsets.US_ASCII));
      Path trusted = TrustedTsa.path(home);
      if (Files.exists(trusted)) {
        put(zip, sums, BundleLayout.TSA_CA, Files.readAllBytes(trusted));
      }
      if (tsaCert != null) {
        try {
          put(zip, sums, BundleLayout.TSA_CERT, ca.threadline.evidence.custody.Pem.encode("CERTIFICATE", tsaCert.getEncoded()).getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.cert.CertificateEncodingException e) {
          throw new IOException(e);
        }
      }
      // manifest, CASE/UCO, README, script
      ObjectNode manifest = manifest(caseName, items, itemFiles, last, software, operator, created, entries.size());
      put(zip, sums, BundleLayout.MANIFEST, pretty(manifest));
      List<JsonNode> acts = new ArrayList<>();
      for (ObjectNode e : entries) {
        if ("act".equals(Json.text(e, "type"))) {
          acts.add(e);
        }
      }
      put(zip, sums, BundleLayout.UCO, pretty(CaseUco.build(caseName, acts, items, itemFiles, software)));
      put(zip, sums, BundleLayout.README, BundleReadme.text(caseName, created, operator, software, state.key().fingerprint(), items.size(), entries.size(), tsaCert != null).getBytes(StandardCharsets.UTF_8));
      try (InputStream s = BundleWriter.class.getResourceAsStream("check-proofs.sh")) {
        put(zip, sums, BundleLayout.CHECK_PROOFS, s.readAllBytes());
      }
      StringBuilder sumsText = new StringBuilder();
      for (Map.Entry<String, String> s : sums.entrySet()) {
        sumsText.append(s.getValue()).append("  ").append(s.getKey()).append('\n');
      }
      ZipEntry ze = new ZipEntry(BundleLayout.SUMS);
      zip.putNextEntry(ze);
      zip.write(sumsText.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      fos.flush();
    }
    AtomicFiles.force(tmp);
    AtomicFiles.move(tmp, out.toAbsolutePath(), true);
    return new Written(out, Digests.sha256Hex(out), Files.size(out), items.size(), entries.size(), used.size());
  }

  private static Checkpoint firstCovering(List<Checkpoint> cps, long seq) {
    int lo = 0;
    int hi = cps.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cps.get(mid).size() > seq) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return cps.get(lo);
  }

  private ObjectNode manifest(String caseName, List<Item> items, Map<String, String> itemFiles, Checkpoint last, String software, String operator, String created, int entryCount) {
    ObjectNode m = Json.object();
    m.put("format", BundleLayout.FORMAT);
    m.put("case", caseName);
    m.put("created", created);
    m.put("operator", operator);
    m.put("software", software);
    ObjectNode key = m.putObject("key");
    key.put("id", state.key().keyId());
    key.put("fingerprint_sha256", state.key().fingerprint());
    key.put("file", BundleLayout.PUBLIC_KEY);
    ObjectNode cp = m.putObject("checkpoint");
    cp.put("seq", last.seq());
    cp.put("size", last.size());
    cp.put("root", Hex.of(last.root()));
    cp.put("time", last.time().toString());
    cp.put("file", BundleLayout.checkpoint(last.seq(), "txt"));
    m.put("entries", entryCount);
    ArrayNode arr = m.putArray("items");
    for (Item i : items) {
      ObjectNode o = i.listJson(catalog.deletionRequested(i.id()));
      o.put("file", itemFiles.get(i.id()));
      if (!(i.location() instanceof Location.WholeFile)) {
        o.put("container", "originals/" + i.location().file());
      }
      o.set("location", i.location().toJson());
      if (i.meta() != null) {
        o.set("meta", i.meta());
      }
      arr.add(o);
    }
    return m;
  }

  private static byte[] pretty(JsonNode n) throws IOException {
    ObjectMapper m = Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
    return (m.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void put(ZipOutputStream zip, Map<String, String> sums, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
    sums.put(name, Digests.sha256Hex(bytes));
  }

  private static void put(ZipOutputStream zip, Map<String, String> sums, String name, InputStream in) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    MessageDigest md = Digests.sha256();
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) >= 0; ) {
      md.update(buf, 0, n);
      zip.write(buf, 0, n);
    }
    zip.closeEntry();
    sums.put(name, Hex.of(md.digest()));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }
}
