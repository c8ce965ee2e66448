package ca.threadline.app.export;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "ftm",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a case (or one network) as FollowTheMoney entities, JSON Lines, for Aleph-style tools.",
      "PlainText per document, UserAccount per handle or e-mail, CryptoWallet per Bitcoin/Ethereum address,",
      "one Person per network for whoever its ads advertise (unidentified: no identity is invented), and",
      "Documentation and UnknownLink entities tying them. Ids are stable SHA-1s of case, kind and key.",
      "Sensitive fields are redacted unless a case admin asks with --include-sensitive; the export is",
      "recorded in the custody log and the case's audit log."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline export ftm --case 2026-TO-0117 --out case.ftm.jsonl",
      "  ./threadline export ftm --case 2026-TO-0117 --network N3 --out n3.ftm.jsonl"
    })
public final class ExportFtmCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Mixin ExportOptions options = new ExportOptions();

  private final Io io;

  ExportFtmCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Exception {
    try (ExportSession s = ExportSession.open(home.path(), options, io, "threadline export ftm")) {
      if (options.network != null) {
        s.network(options.network);
      }
      int[] n = {0};
      ExportedFile w = s.write("ftm", options.out, options.network, out -> n[0] = new FtmExport(s).write(options.network, out));
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("export", "ftm");
      o.put("case", s.caseName.value());
      if (options.network != null) {
        o.put("network", options.network);
      }
      o.put("entities", n[0]);
      o.put("out", w.file().toString());
      o.put("sha256", w.sha256());
      o.put("size", w.size());
      o.put("include_sensitive", s.redaction.included());
      io.out().println(o);
    }
    return ExitCodes.OK;
  }
}
