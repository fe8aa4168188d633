package org.triangulate.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command: a bar redrawn in place on a terminal; elsewhere (a log file, a
 * pipe, CI) a plain line at most every few seconds, never carriage returns. Not thread-safe.
 */
interface Progress extends AutoCloseable {
  /** The total when it is not known beforehand (the documents of JSON lines, a feed, a WARC file). */
  int UNKNOWN = -1;

  /** One more unit done. */
  void step();

  @Override
  void close();

  /**
   * A bar when standard error is a terminal, plain lines to {@code err} otherwise.
   *
   * @param total the units to do, or {@link #UNKNOWN}
   */
  static Progress of(String task, int total, PrintWriter err) {
    if (Terminal.interactive()) {
      // progressbar shows a max below zero as an indefinite bar that counts
      ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
      return new Progress() {
        @Override
        public void step() {
          bar.step();
        }

        @Override
        public void close() {
          bar.close();
        }
      };
    }
    return new Lines(task, total, err, System::nanoTime, Lines.EVERY);
  }

  /**
   * Plain lines: {@code ingest: 3 of 7 (42%), 0:46 elapsed}, or {@code ingest: 1,200 done, 0:46
   * elapsed} when the total is unknown; at most one per interval.
   */
  final class Lines implements Progress {
    /** The least time between two lines. */
    static final Duration EVERY = Duration.ofSeconds(5);

    private final String task;
    private final int total;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long every;
    private final long start;
    private long last;
    private int done;

    Lines(String task, int total, PrintWriter err, LongSupplier nanoTime, Duration every) {
      this.task = task;
      this.total = total;
      this.err = err;
      this.nanoTime = nanoTime;
      this.every = every.toNanos();
      this.start = nanoTime.getAsLong();
      this.last = start;
    }

    @Override
    public void step() {
      done++;
      long now = nanoTime.getAsLong();
      if (now - last >= every && (done < total || total == UNKNOWN)) {
        last = now;
        print(now);
      }
    }

    @Override
    public void close() {
      print(nanoTime.getAsLong());
    }

    private void print(long now) {
      long seconds = Duration.ofNanos(now - start).toSeconds();
      if (total == UNKNOWN) {
        err.printf(Locale.ROOT, "%s: %,d done, %d:%02d elapsed%n", task, done, seconds / 60, seconds % 60);
      } else {
        err.printf("%s: %d of %d (%d%%), %d:%02d elapsed%n", task, done, total,
            total == 0 ? 100 : done * 100 / total, seconds / 60, seconds % 60);
      }
      err.flush();
    }
  }

  /** Whether a person is watching: a terminal, not a file, pipe or CI log. */
  final class Terminal {
    private Terminal() {}

    static boolean interactive() {
      Console console = System.console();
      if (console == null || "dumb".equals(System.getenv("TERM"))) {
        return false;
      }
      try {
        // JDK 22+ returns a console for redirected streams too; isTerminal() tells them apart
        return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
      } catch (ReflectiveOperationException e) {
        return true; // JDK 21: a console at all means a terminal
      }
    }
  }
}
