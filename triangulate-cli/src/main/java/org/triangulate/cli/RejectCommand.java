package org.triangulate.cli;

import java.util.concurrent.Callable;
import org.triangulate.graph.correct.FactCorrection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate reject ID --why TEXT [--by NAME]}: an analyst's correction
 * of an event, a claim or a link, kept with who, when and why through re-ingest, re-resolution
 * and re-extraction; {@code show}, {@code links} and exports follow it.
 */
@Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject an event, a claim or a link: it is no longer evidence (kept with who, when and why).")
final class RejectCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin CorrectionOptions correction = new CorrectionOptions();

  @Override
  public Integer call() {
    return correction.correct(main, spec.commandLine().getOut(), FactCorrection.Action.REJECT, null);
  }
}
