package ca.threadline.app.evidence;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.AtomicFiles;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.EvidenceConfig;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.evidence.timestamp.TimestampCheck;
import ca.threadline.evidence.timestamp.TrustedTsa;
import ca.threadline.evidence.timestamp.TsaClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "configure",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Sets the default operator and the RFC 3161 time-stamping authority for every custody checkpoint.",
      "A new authority is tried once (a token over a test text, checked against --tsa-ca) before it is",
      "kept. The change is recorded in the custody log. Prints the resulting settings and the",
      "installation key's fingerprint (record it outside the machine: it identifies the signer)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline evidence configure --operator \"Det. Tremblay\"",
      "  ./threadline evidence configure --tsa-url https://tsa.example/tsr --tsa-ca tsa-root.pem",
      "  ./threadline evidence configure --no-tsa"
    })
public final class ConfigureCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--operator", paramLabel = "NAME", description = "Default operator name for captures and imports.")
  String operator;

  @Option(names = "--tsa-url", paramLabel = "URL", description = "RFC 3161 time-stamping authority (http or https).")
  String tsaUrl;

  @Option(names = "--tsa-ca", paramLabel = "FILE.pem", description = "Certificate(s) trusted for the authority (its root CA, or itself).")
  Path tsaCa;

  @Option(names = "--no-tsa", description = "Stop time-stamping checkpoints.")
  boolean noTsa;

  private final Io io;

  ConfigureCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    EvidenceHome h = new EvidenceHome(home.path());
    EvidenceConfig old = EvidenceSetup.config(h);
    String op = operator != null ? operator.strip() : old.operator();
    String url = noTsa ? null : tsaUrl != null ? tsaUrl.strip() : old.tsaUrl();
    byte[] ca = null;
    if (tsaCa != null) {
      if (!Files.isRegularFile(tsaCa)) {
        throw new UsageException("no such file: " + tsaCa);
      }
      ca = Files.readAllBytes(tsaCa);
      TrustedTsa.parse(ca, tsaCa.toString());
    }
    if (tsaUrl != null) {
      List<X509Certificate> trusted = ca != null ? TrustedTsa.parse(ca, tsaCa.toString()) : TrustedTsa.load(h);
      byte[] probe = ("threadline time-stamping authority check " + java.time.Instant.now()).getBytes(StandardCharsets.US_ASCII);
      try {
        byte[] tsr = new TsaClient(URI.create(url)).timestamp(probe);
        TimestampCheck.Result r = new TimestampCheck(trusted).check(tsr, probe);
        if (!r.ok()) {
          throw new UsageException("the authority at " + url + " answered, but its token does not verify: " + r.problem());
        }
        if (!r.anchored()) {
          io.err().println("threadline evidence configure: warning: no --tsa-ca given; tokens will verify but nothing anchors trust in this authority");
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new UsageException("the time-stamping authority at " + url + " does not work: " + e.getMessage());
      }
    }
    try (EvidenceStore store = EvidenceSetup.open(home.path(), io)) {
      if (ca != null) {
        AtomicFiles.write(TrustedTsa.path(h), ca);
      }
      new EvidenceConfig(op, url).save(h);
      ObjectNode d = Json.object();
      if (op != null) {
        d.put("default_operator", op);
      }
      d.put("tsa_url", url);
      if (ca != null) {
        d.put("tsa_ca_sha256", Digests.sha256Hex(ca));
      }
      store.recordAct("configure", null, d, EvidenceSetup.operator(h, operator));
      ObjectNode o = Json.object();
      o.put("operator", op);
      o.put("tsa_url", url);
      o.put("tsa_ca", Files.exists(TrustedTsa.path(h)) ? h.relative(TrustedTsa.path(h)) : null);
      o.put("key_fingerprint_sha256", store.writer().key().fingerprint());
      io.out().println(Json.write(o));
    }
    return ExitCodes.OK;
  }
}
