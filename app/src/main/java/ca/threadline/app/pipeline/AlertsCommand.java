package ca.threadline.app.pipeline;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.store.Store;
import ca.threadline.store.alert.Alert;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists a case's alerts: new material that hit a phone, e-mail, handle or wallet the case already had.",
      "One JSON line per alert, newest first: {\"id\",\"run\",\"selector\",\"type\",\"value\",\"new_documents\",",
      "\"first_document\",\"sample_document\",\"created_at\",\"acknowledged_by\"?,\"acknowledged_at\"?}; the documents",
      "are named by their ids in the case (an ad's own id, a page's URL)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline alerts --case 2026-TO-0117",
      "  ./threadline alerts --case 2026-TO-0117 --open | jq -r .value"
    })
public final class AlertsCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case.")
  String caseName;

  @Option(names = "--open", description = "Only alerts nobody has acknowledged yet.")
  boolean openOnly;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N alerts (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  private final Io io;

  AlertsCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new UsageException("--limit must be at least 1");
    }
    ObjectMapper json = new ObjectMapper();
    try (Store store = CaseAccess.open(home.path(), storeOptions)) {
      CaseAccess.Opened o = CaseAccess.caseFor(store, CaseAccess.user(store, storeOptions, m -> io.err().println("threadline alerts: " + m)), caseName, false);
      Map<Long, String> ids = new HashMap<>();
      for (Alert a : store.alerts().list(o.user(), o.caseId(), openOnly, limit)) {
        ObjectNode n = json.createObjectNode();
        n.put("id", a.id());
        n.put("run", a.runId());
        n.put("selector", a.selectorKey());
        n.put("type", a.selectorType());
        n.put("value", a.selectorValue());
        n.put("new_documents", a.newDocuments());
        n.put("first_document", ids.computeIfAbsent(a.firstDocumentId(), id -> PipelineRunner.externalId(store, o, id)));
        n.put("sample_document", ids.computeIfAbsent(a.sampleDocumentId(), id -> PipelineRunner.externalId(store, o, id)));
        n.put("created_at", a.createdAt().toString());
        if (a.acknowledgedBy() != null) {
          n.put("acknowledged_by", a.acknowledgedBy());
          n.put("acknowledged_at", a.acknowledgedAt().toString());
        }
        io.out().println(json.writeValueAsString(n));
      }
    }
    return ExitCodes.OK;
  }
}
