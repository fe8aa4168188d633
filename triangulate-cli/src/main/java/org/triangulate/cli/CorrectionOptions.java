package org.triangulate.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.correct.FactCorrection;
import org.triangulate.graph.store.Store;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code reject}, {@code retype} and {@code reattribute} share, as a picocli mixin: the id
 * corrected, the analyst's reason (required) and who decides (default the OS user); the
 * correction is printed as stored.
 */
final class CorrectionOptions {
  @Parameters(index = "0", paramLabel = "ID",
      description = "An event (evt-…), claim (clm-…) or link (SOURCE~TARGET~TYPE, from links --explain) id.")
  String target;

  @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why.")
  String why;

  @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the OS user).")
  @Nullable String by;

  int correct(Main main, PrintWriter out, FactCorrection.Action action, @Nullable String value) {
    if (why.isBlank()) {
      throw new IllegalArgumentException("--why must say why: it was empty");
    }
    try (Store store = main.store.open()) {
      FactCorrection c = store.correct(target, action, value, why,
          by != null ? by : System.getProperty("user.name"));
      out.println(c.target() + ": " + c.words());
      out.flush();
    }
    return Main.OK;
  }
}
