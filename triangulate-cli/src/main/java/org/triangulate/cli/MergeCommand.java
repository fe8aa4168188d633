package org.triangulate.cli;

import java.io.PrintWriter;
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
 * {@code triangulate merge A B --why TEXT [--by NAME]}: the analyst's correction that two
 * entities are one; stored with who, when and why, it holds through later ingests and
 * resolutions.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Merge two entities (an analyst's correction, kept across re-resolution).")
final class MergeCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "An entity id (ent-…).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The entity id to merge into A.")
  String b;

  @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why they are one.")
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
      String merged = store.merge(a, b, why, by != null ? by : System.getProperty("user.name"));
      out.println("merged " + a + " and " + b + " into " + merged);
      out.flush();
    }
    return Main.OK;
  }
}
