package ca.threadline.app.evidence;

import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.cli.Version;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.custody.CustodyWriter;
import ca.threadline.evidence.custody.Timestamper;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceConfig;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.evidence.timestamp.TsaClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/** What the evidence commands share: opening the home, the tool's identity, the operator, the case name. */
public final class EvidenceSetup {
  private EvidenceSetup() {}

  static CustodyWriter.Tool tool() {
    return new CustodyWriter.Tool("threadline", Version.current());
  }

  public static String software() {
    return "Threadline " + Version.current() + " (Java " + Runtime.version() + ")";
  }

  public static CaseName caseName(String name) {
    try {
      return new CaseName(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--case: " + e.getMessage());
    }
  }

  static EvidenceConfig config(EvidenceHome home) {
    try {
      return EvidenceConfig.load(home);
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** --operator, else the configured operator, else the login name. */
  public static String operator(EvidenceHome home, String option) {
    if (option != null && !option.isBlank()) {
      return option.strip();
    }
    String configured = config(home).operator();
    return configured != null ? configured : System.getProperty("user.name", "unknown");
  }

  static Timestamper timestamper(EvidenceHome home) {
    String url = config(home).tsaUrl();
    if (url == null) {
      return null;
    }
    try {
      return new TsaClient(URI.create(url));
    } catch (IllegalArgumentException e) {
      throw new UsageException("config/evidence.json: bad tsa_url: " + e.getMessage());
    }
  }

  public static EvidenceStore open(Path home, Io io) throws IOException {
    return open(home, m -> io.err().println("threadline: " + m));
  }

  /** The same, with the store's messages (waiting for the lock, time-stamping) going to {@code messages}. */
  public static EvidenceStore open(Path home, java.util.function.Consumer<String> messages) throws IOException {
    EvidenceHome h = new EvidenceHome(home);
    try {
      return EvidenceStore.open(h, Clock.systemUTC(), timestamper(h), messages, tool());
    } catch (CustodyWriter.CustodyDamagedException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
