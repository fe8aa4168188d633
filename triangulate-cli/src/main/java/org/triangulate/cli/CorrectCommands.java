package org.triangulate.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.correct.FactCorrection;
import org.triangulate.graph.store.Store;

/**
 * What {@code reject}, {@code retype} and {@code reattribute} share: the analyst's reason is
 * required, the author defaults to the OS user, and the correction is printed as stored.
 */
final class CorrectCommands {
  private CorrectCommands() {}

  static int correct(Main main, PrintWriter out, String target, FactCorrection.Action action,
      @Nullable String value, String why, @Nullable String by) {
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
