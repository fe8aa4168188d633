package org.triangulate.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.correct.FactCorrection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate reject ID --why TEXT [--by NAME]}: an analyst's correction
 * of an event (evt-…), a claim (clm-…) or a link (SOURCE~TARGET~TYPE), kept with who, when and
 * why through re-ingest and re-resolution; {@code show}, {@code links} and exports follow it.
 */
@Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject an event, a claim or a link: it is no longer evidence (kept with who, when and why).")
final class RejectCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "An event (evt-…), claim (clm-…) or link (SOURCE~TARGET~TYPE) id.")
  String target;

  @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why.")
  String why;

  @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the OS user).")
  @Nullable String by;

  @Override
  public Integer call() {
    return CorrectCommands.correct(main, spec.commandLine().getOut(), target,
        FactCorrection.Action.REJECT, null, why, by);
  }
}
