package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate split ENTITY --mentions DOC:START-END,… --why TEXT [--by NAME]}: the
 * analyst's correction that some of an entity's mentions are someone else. Each mention moves
 * the whole document-local entity it belongs to; {@code DOC} alone moves the entity's mentions
 * in that document.
 */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = "Split mentions off an entity (an analyst's correction, kept across re-resolution).")
final class SplitCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ENTITY", description = "The entity id (ent-…) to split.")
  String entity;

  @Option(names = "--mentions", required = true, split = ",", paramLabel = "DOC:START-END",
      description = "Mentions (as `show ENTITY` lists them) that are another entity.")
  List<String> mentions;

  @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why they differ.")
  String why;

  @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the OS user).")
  @Nullable String by;

  @Override
  public Integer call() {
    if (why.isBlank()) {
      throw new IllegalArgumentException("--why must say why: it was empty");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      List<String> parts = store.split(entity, mentions, why,
          by != null ? by : System.getProperty("user.name"));
      out.println("split " + parts.get(0) + " off " + parts.get(1));
      out.flush();
    }
    return Main.OK;
  }
}
