package org.triangulate.cli;

import java.util.concurrent.Callable;
import org.triangulate.graph.correct.FactCorrection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate retype ID TYPE --why TEXT [--by NAME]}: an analyst's correction
 * of an event, a claim or a link, kept with who, when and why through re-ingest, re-resolution
 * and re-extraction; {@code show}, {@code links} and exports follow it.
 */
@Command(name = "retype", mixinStandardHelpOptions = true, description = "Give an event another type, or a claim or link another predicate.")
final class RetypeCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin CorrectionOptions correction = new CorrectionOptions();

  @Parameters(index = "1", paramLabel = "TYPE", description = "The new event type (BOMBING, KILLING, …) or predicate (MEMBER_OF, LEADS, …).")
  String value;

  @Override
  public Integer call() {
    return correction.correct(main, spec.commandLine().getOut(), FactCorrection.Action.RETYPE, value);
  }
}
