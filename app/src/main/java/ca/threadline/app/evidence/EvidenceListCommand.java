package ca.threadline.app.evidence;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.evidence.custody.CustodyLock;
import ca.threadline.evidence.custody.LogReader;
import ca.threadline.evidence.custody.LogState;
import ca.threadline.evidence.item.Catalog;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists a case's evidence items, one JSON line each, in the order they were recorded.",
      "{\"id\",\"sha256\",\"kind\",\"source\",\"captured_at\",\"size\"} (CONTRACTS.md §3), plus media_type,",
      "parent (the item it was found in), case, entry (its custody log entry) and deletion_requested.",
      "sha256 is of the bytes as received (for a web response: its HTTP payload)."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline evidence list --case 2026-TO-0117 | jq -r 'select(.kind==\"image\") | .sha256'"})
public final class EvidenceListCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case.")
  String caseName;

  private final Io io;

  EvidenceListCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    CaseName c = EvidenceSetup.caseName(caseName);
    EvidenceHome h = new EvidenceHome(home.path());
    LogState state;
    try (CustodyLock lock = CustodyLock.shared(h.lockFile(), m -> io.err().println("threadline evidence list: " + m))) {
      state = LogReader.read(h);
    }
    if (!state.problems().isEmpty()) {
      io.err().println("threadline evidence list: warning: the custody log fails its checks (" + state.problems().size() + " problem(s)); run `threadline verify`");
    }
    Catalog catalog = Catalog.of(state.entries());
    int n = 0;
    for (Item i : catalog.items(c.value())) {
      io.out().println(Json.write(i.listJson(catalog.deletionRequested(i.id()))));
      n++;
    }
    io.out().flush();
    if (n == 0) {
      io.err().println("threadline evidence list: no evidence in case \"" + c + "\"");
    }
    return ExitCodes.OK;
  }
}
