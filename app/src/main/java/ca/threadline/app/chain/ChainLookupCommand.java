package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.InputFiles;
import ca.threadline.app.cli.Io;
import ca.threadline.app.json.JsonRecords;
import ca.threadline.chain.api.AddressInfo;
import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.TraceRequest;
import ca.threadline.core.io.InputLine;
import ca.threadline.core.io.LineReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    description = {
      "Resolves every btc selector of 'threadline extract' output to its cluster and exposure.",
      "Reads extract's JSON lines; writes one line per btc selector: {\"id\",\"address\",\"found\",",
      "\"cluster\",\"cluster_size\",\"balance_sat\",\"received_sat\",\"tx_count\",\"tags\",\"exposure\"}.",
      "Bad lines are reported on stderr with their line number and skipped."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline extract --input ads.jsonl | ./threadline chain lookup", "  ./threadline chain lookup --input found.jsonl --hops 2"})
public final class ChainLookupCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--input", paramLabel = "FILE", description = "extract output (JSON Lines); '-' or absent for stdin.")
  Path input;

  @Option(names = "--hops", defaultValue = "2", paramLabel = "N", description = "Hops for exposure (default: ${DEFAULT-VALUE}; 0 for none).")
  int hops;

  private final Io io;

  ChainLookupCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    try (ChainStore s = ChainCli.open(home.path()); LineReader r = InputFiles.open(input, io)) {
      for (InputLine l; (l = r.next()) != null; ) {
        if (l instanceof InputLine.Unreadable u) {
          io.err().println("threadline chain lookup: " + u.problem().message());
          continue;
        }
        InputLine.Text t = (InputLine.Text) l;
        switch (JsonRecords.parse(r.source(), t.number(), t.text())) {
          case JsonRecords.Blank b -> {}
          case JsonRecords.Problem p -> io.err().println("threadline chain lookup: " + p.problem().message());
          case JsonRecords.Record rec -> {
            String id = rec.node().path("id").asText(null);
            for (JsonNode sel : rec.node().path("selectors")) {
              if (!"btc".equals(sel.path("type").asText())) {
                continue;
              }
              String addr = sel.path("value").asText();
              ObjectNode n = ChainCli.JSON.createObjectNode();
              n.put("id", id);
              n.put("address", addr);
              Optional<AddressInfo> info = s.address(addr);
              n.put("found", info.isPresent());
              if (info.isPresent()) {
                ObjectNode a = AddressJson.of(info.get());
                a.remove("address");
                n.setAll(a);
                if (hops > 0) {
                  n.set("exposure", ChainCli.JSON.valueToTree(ChainExposureCommand.exposure(s, addr, hops, TraceRequest.Taint.HAIRCUT, true)));
                }
              }
              ChainCli.line(io.out(), n);
            }
          }
        }
      }
    }
    return ExitCodes.OK;
  }
}
