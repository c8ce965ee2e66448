package ca.threadline.app.cli;

import ca.threadline.app.demo.DemoCommand;
import ca.threadline.app.evidence.CaptureCommand;
import ca.threadline.app.evidence.EvidenceCommand;
import ca.threadline.app.evidence.ExportCommand;
import ca.threadline.app.evidence.ImportCommand;
import ca.threadline.app.evidence.VerifyBundleCommand;
import ca.threadline.app.evidence.VerifyCommand;
import ca.threadline.app.extract.ExtractCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "threadline",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Investigation software against human trafficking and forced labour.",
      "Machine-readable results go to stdout as JSON Lines; progress and messages to stderr.",
      "Exit codes: 0 success, 1 a problem was found and reported, 2 bad usage or bad input."
    },
    subcommands = {
      DemoCommand.class,
      ExtractCommand.class,
      CaptureCommand.class,
      ImportCommand.class,
      EvidenceCommand.class,
      VerifyCommand.class,
      ExportCommand.class,
      VerifyBundleCommand.class,
      ca.threadline.app.chain.ChainCommand.class,
      ca.threadline.app.link.ClusterCommand.class,
      ca.threadline.app.serve.ServeCommand.class,
      ca.threadline.app.admin.UserCommand.class,
      ca.threadline.app.admin.CaseCommand.class,
      ca.threadline.app.pipeline.PipelineCommand.class,
      ca.threadline.app.pipeline.AlertsCommand.class,
      ca.threadline.app.spark.SparkCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline demo                              generate a synthetic case and explore it",
      "  ./threadline extract --input ads.jsonl         selectors and indicators per ad",
      "  ./threadline help extract                      help for one command"
    })
public final class ThreadlineCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
