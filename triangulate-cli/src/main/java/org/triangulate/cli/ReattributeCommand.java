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
 * {@code triangulate reattribute ID ENTITY --why TEXT [--by NAME]}: an analyst's correction
 * of an event (evt-…), a claim (clm-…) or a link (SOURCE~TARGET~TYPE), kept with who, when and
 * why through re-ingest and re-resolution; {@code show}, {@code links} and exports follow it.
 */
@Command(name = "reattribute", mixinStandardHelpOptions = true, description = "Re-attribute an event (its perpetrator), a claim (its speaker) or a link (its source) to another entity.")
final class ReattributeCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "An event (evt-…), claim (clm-…) or link (SOURCE~TARGET~TYPE) id.")
  String target;

  @Parameters(index = "1", paramLabel = "ENTITY", description = "The entity id (ent-…) to attribute it to.")
  String value;

  @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why.")
  String why;

  @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the OS user).")
  @Nullable String by;

  @Override
  public Integer call() {
    return CorrectCommands.correct(main, spec.commandLine().getOut(), target,
        FactCorrection.Action.REATTRIBUTE, value, why, by);
  }
}
