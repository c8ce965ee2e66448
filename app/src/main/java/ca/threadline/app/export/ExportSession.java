package ca.threadline.app.export;

import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.evidence.EvidenceSetup;
import ca.threadline.app.pipeline.CaseAccess;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.store.NotFoundException;
import ca.threadline.store.Store;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Role;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.link.NetworkPage;
import ca.threadline.store.link.NetworkRepository;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One export of a case: the case store opened as the acting user (every read checked and
 * audited), the evidence store opened for the custody log, and the rules for sensitive fields.
 *
 * <p>Writing follows the bundle's protocol: an {@code export} act is recorded in the custody log
 * (what, for whom, which network, whether sensitive fields are included), the file is written
 * (temporary file, fsync, rename), then an {@code export-written} act records its SHA-256, so a
 * file handed over can be matched to its act; the case store's audit log gets the same.
 */
final class ExportSession implements AutoCloseable {
  /** Writes an export's bytes. */
  @FunctionalInterface
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  final Store store;
  final CaseAccess.Opened opened;
  final EvidenceStore evidence;
  final CaseName caseName;
  final Redaction redaction;
  final String operator;
  final Path home;
  /** Where the request came from when not the command line ({@code "workbench"}), recorded with each act. */
  final String channel;
  /** False over a store someone else opened and closes (the workbench's). */
  private final boolean ownsStore;

  private ExportSession(Path home, Store store, CaseAccess.Opened opened, EvidenceStore evidence, CaseName caseName, Redaction redaction,
      String operator, String channel, boolean ownsStore) {
    this.home = home;
    this.channel = channel;
    this.ownsStore = ownsStore;
    this.store = store;
    this.opened = opened;
    this.evidence = evidence;
    this.caseName = caseName;
    this.redaction = redaction;
    this.operator = operator;
  }

  static ExportSession open(Path home, ExportOptions o, Io io, String command) throws IOException {
    CaseName c = EvidenceSetup.caseName(o.caseName);
    Path parent = o.out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageException("no such folder: " + parent);
    }
    Store store = CaseAccess.open(home, o.store);
    try {
      CaseAccess.Opened opened = CaseAccess.caseFor(store, CaseAccess.user(store, o.store, m -> io.err().println(command + ": " + m)),
          c.value(), false);
      if (o.includeSensitive && opened.role() != Role.ADMIN) {
        store.audit().record(opened.user(), opened.caseId(), "export.refused", EntityRef.of(EntityType.CASE, Long.toString(opened.caseId())),
            "--include-sensitive needs the case admin role");
        throw new UsageException("--include-sensitive needs the case admin role; " + opened.user().name() + " is " + opened.role().wireName()
            + " in this case");
      }
      Redaction r = Redaction.of(store.sensitiveFields().list(opened.user(), opened.caseId()), o.includeSensitive);
      EvidenceStore ev = EvidenceSetup.open(home, io);
      String who = EvidenceSetup.operator(new EvidenceHome(home), o.operator);
      return new ExportSession(home, store, opened, ev, c, r, who, null, true);
    } catch (RuntimeException | IOException e) {
      store.close();
      throw e;
    }
  }

  /**
   * An export over a store that is already open (the workbench's, which holds the Lucene write
   * lock), as {@code opened}'s user, whose membership the caller has just checked. The same rules
   * as {@link #open}: sensitive fields only for a case admin who asks (a refusal is audited and
   * thrown as a {@link UsageException}); the evidence store is opened for the custody log and
   * closed with this session, the case store is left open.
   */
  static ExportSession over(Path home, CaseAccess.Opened opened, String caseName, boolean includeSensitive, String operator,
      String channel, java.util.function.Consumer<String> messages) throws IOException {
    CaseName c = EvidenceSetup.caseName(caseName);
    Store store = opened.store();
    if (includeSensitive && opened.role() != Role.ADMIN) {
      store.audit().record(opened.user(), opened.caseId(), "export.refused", EntityRef.of(EntityType.CASE, Long.toString(opened.caseId())),
          "include_sensitive needs the case admin role");
      throw new UsageException("including sensitive fields needs the case admin role; " + opened.user().name() + " is "
          + opened.role().wireName() + " in this case");
    }
    Redaction r = Redaction.of(store.sensitiveFields().list(opened.user(), opened.caseId()), includeSensitive);
    EvidenceStore ev = EvidenceSetup.open(home, messages);
    return new ExportSession(home, store, opened, ev, c, r, operator, channel, false);
  }

  /** The network page with all its documents' summaries; unknown network: a usage error. */
  NetworkPage network(String key) {
    try {
      NetworkPage first = store.networks().page(opened.user(), opened.caseId(), key, 1);
      return store.networks().page(opened.user(), opened.caseId(), key, Math.max(1, first.documentCount()));
    } catch (NotFoundException e) {
      throw new UsageException("no network " + key + " in case " + caseName.value() + " (see the workbench, or `threadline export csv`)");
    }
  }

  /** The case's largest network, or a usage error when it has none. */
  String largestNetwork() {
    List<NetworkRepository.NetworkSize> l = store.networks().list(opened.user(), opened.caseId(), 1);
    if (l.isEmpty()) {
      throw new UsageException("case " + caseName.value() + " has no network of two or more documents yet");
    }
    return l.get(0).key();
  }

  /** Summaries of the documents in scope: a network's (newest first) or the whole case's. */
  List<DocumentSummary> summaries(String network) {
    if (network != null) {
      return network(network).documents();
    }
    return store.documents().list(opened.user(), opened.caseId(), Integer.MAX_VALUE);
  }

  List<DocumentView> views(List<DocumentSummary> summaries, int limit) {
    List<DocumentView> out = new ArrayList<>();
    for (DocumentSummary s : summaries) {
      if (out.size() >= limit) {
        break;
      }
      out.add(store.documents().get(opened.user(), opened.caseId(), s.id()));
    }
    return out;
  }

  ExportedFile write(String format, Path out, String network, Body body) throws IOException {
    return write(format, out, out.toAbsolutePath().normalize().toString(), network, body);
  }

  /**
   * Writes one export to {@code out}, recording {@code recordedOut} as where it went (the file for
   * the command line; for the workbench, the download and who received it).
   */
  ExportedFile write(String format, Path out, String recordedOut, String network, Body body) throws IOException {
    ObjectNode details = Json.object();
    details.put("format", format);
    details.put("out", recordedOut);
    details.put("user", opened.user().name());
    if (channel != null) {
      details.put("via", channel);
    }
    if (network != null) {
      details.put("network", network);
    }
    details.put("include_sensitive", redaction.included());
    long entry = evidence.recordAct("export", caseName, details, operator);
    ExportedFile w = writeAtomically(out, body);
    ObjectNode done = Json.object();
    done.put("out", recordedOut);
    done.put("sha256", w.sha256());
    done.put("size", w.size());
    done.put("export_entry", entry);
    done.put("format", format);
    evidence.recordAct("export-written", caseName, done, operator);
    store.audit().record(opened.user(), opened.caseId(), "export." + format,
        network == null ? EntityRef.of(EntityType.CASE, Long.toString(opened.caseId())) : EntityRef.of(EntityType.NETWORK, network),
        "sha256=" + w.sha256() + " include_sensitive=" + redaction.included() + " out=" + abbreviate(recordedOut)
            + (channel == null ? "" : " via=" + channel));
    return w;
  }

  private static String abbreviate(String s) {
    return s.length() <= 3000 ? s : "…" + s.substring(s.length() - 3000);
  }

  static ExportedFile writeAtomically(Path out, Body body) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream os = new DigestOutputStream(new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16), sha);
        body.write(os);
        os.flush();
        ch.force(true);
      }
      long size = Files.size(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return new ExportedFile(target, HexFormat.of().formatHex(sha.digest()), size);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      evidence.close();
    } finally {
      if (ownsStore) {
        store.close();
      }
    }
  }
}
