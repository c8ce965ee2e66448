package ca.threadline.app.export;

import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
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
    return TabularExport.run(home.path(), options, io, "ftm", "entities", (s, network, out) -> new FtmExport(s).write(network, out));
  }
}
