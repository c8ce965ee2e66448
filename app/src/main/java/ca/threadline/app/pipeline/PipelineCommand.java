package ca.threadline.app.pipeline;

import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.evidence.EvidenceSetup;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.store.CaseName;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Brings a case store up to date with the case's evidence (what import and capture do at their end).",
      "Stores every extracted item not yet in the case store, updates template clusters, networks,",
      "circuits and indicator scores incrementally, raises alerts when new material hits a selector",
      "the case already had, and looks Bitcoin addresses up in the chain store when one exists.",
      "Running it again changes nothing. Use it after an import run with --evidence-only or",
      "--defer-extract (it first extracts the texts such an import left), after an interrupted run, or",
      "with another --db."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline pipeline --case 2026-TO-0117",
      "  ./threadline pipeline --case \"Op Héron\" --db jdbc:postgresql://db.local/threadline --user ines"
    })
public final class PipelineCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case.")
  String caseName;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Option(names = "--threads", paramLabel = "N", description = "Linking threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  private final Io io;

  PipelineCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    CaseName c = EvidenceSetup.caseName(caseName);
    try (EvidenceStore store = EvidenceSetup.open(home.path(), io)) {
      return PipelineRunner.run(home.path(), c, store.catalog(), storeOptions, threads, io, "pipeline");
    }
  }
}
