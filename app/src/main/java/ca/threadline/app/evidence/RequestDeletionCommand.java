package ca.threadline.app.evidence;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "request-deletion",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Records a request to delete an evidence item, with its reason, in the custody log.",
      "The evidence itself is kept: destroying it would break the chain of custody and is a decision",
      "for the case's legal authority. The request shows in `evidence list` and in exported bundles."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline evidence request-deletion 3f9a0c1e2b7d4a5f6e81 --reason \"survivor's request, case notes p. 4\""})
public final class RequestDeletionCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(paramLabel = "ID", description = "The item's id (from `evidence list`).")
  String id;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why deletion is requested.")
  String reason;

  @Option(names = "--operator", paramLabel = "NAME", description = "Who requests (default: configured operator, else login name).")
  String operator;

  private final Io io;

  RequestDeletionCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (reason.isBlank()) {
      throw new UsageException("--reason must say why");
    }
    String who = EvidenceSetup.operator(new EvidenceHome(home.path()), operator);
    try (EvidenceStore store = EvidenceSetup.open(home.path(), io)) {
      Item item = store.catalog().item(id);
      if (item == null) {
        throw new UsageException("no evidence item " + id);
      }
      long entry = store.requestDeletion(new CaseName(item.caseName()), id, reason.strip(), who);
      ObjectNode o = Json.object();
      o.put("item", id);
      o.put("case", item.caseName());
      o.put("entry", entry);
      o.put("deletion_requested", true);
      io.out().println(Json.write(o));
    }
    io.err().println("threadline evidence: deletion request recorded; the evidence is kept");
    return ExitCodes.OK;
  }
}
