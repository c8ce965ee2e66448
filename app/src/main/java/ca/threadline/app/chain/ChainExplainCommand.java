package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.ExplainStep;
import ca.threadline.chain.api.Explanation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the transactions that put two addresses in one cluster, or same_cluster false.",
      "Prints {\"same_cluster\":bool,\"path\":[{\"txid\",\"heuristic\",\"from\",\"to\"},...]}: each step",
      "is one transaction in which 'from' and 'to' were spent together (multi-input) or one was",
      "judged the change of the other (a change heuristic), from ADDR1 to ADDR2. \"evidence\" says",
      "where the path comes from: the clustering's evidence tree, or, for clusters imported from a",
      "Spark run (chain import-clusters), a shortest chain of co-spends searched now."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline chain explain 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa 12c6DSiU4Rq3P4ZxziKxzrPSbmUBEiyzV1"})
public final class ChainExplainCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "ADDR1")
  String a;

  @Parameters(index = "1", paramLabel = "ADDR2")
  String b;

  private final Io io;

  ChainExplainCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    try (ChainStore s = ChainCli.open(home.path())) {
      for (String x : new String[] {a, b}) {
        if (s.addressId(x) < 0) {
          throw new UsageException(x + ": not seen on this chain");
        }
      }
      ChainCli.warnIfStale(s, io.err());
      Explanation e = s.explain(a, b);
      ObjectNode n = ChainCli.JSON.createObjectNode();
      n.put("same_cluster", e.sameCluster());
      ArrayNode path = n.putArray("path");
      for (ExplainStep st : e.path()) {
        path.addObject().put("txid", st.txid()).put("heuristic", st.heuristic()).put("from", st.from()).put("to", st.to());
      }
      n.put("evidence", e.evidence());
      n.put("address1", e.a());
      n.put("address2", e.b());
      ChainCli.line(io.out(), n);
    }
    return ExitCodes.OK;
  }
}
