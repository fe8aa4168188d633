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
 * {@code triangulate reattribute ID ENTITY --why TEXT [--by NAME]}: an analyst's correction
 * of an event, a claim or a link, kept with who, when and why through re-ingest, re-resolution
 * and re-extraction; {@code show}, {@code links} and exports follow it.
 */
@Command(name = "reattribute", mixinStandardHelpOptions = true, description = "Re-attribute an event (its perpetrator), a claim (its speaker) or a link (its source) to another entity.")
final class ReattributeCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin CorrectionOptions correction = new CorrectionOptions();

  @Parameters(index = "1", paramLabel = "ENTITY", description = "The entity id (ent-…) to attribute it to.")
  String value;

  @Override
  public Integer call() {
    return correction.correct(main, spec.commandLine().getOut(), FactCorrection.Action.REATTRIBUTE, value);
  }
}
