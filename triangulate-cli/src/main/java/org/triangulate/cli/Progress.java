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
   * Progress counted in steps and measured in work (one long document: pieces, characters),
   * with a rate and the time left: a bar when standard error is a terminal, plain lines to
   * {@code err} otherwise.
   *
   * @param task what is done, for the lines: the document's name
   * @param steps the steps to do (pieces)
   * @param work the work to do (characters)
   */
  static Rated rated(String task, int steps, long work, PrintWriter err) {
    if (Terminal.interactive()) {
      ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(work)
          .setUnit(" chars", 1).showSpeed().setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
      return new Rated() {
        @Override
        public void done(int stepsDone, long workDone) {
          bar.stepTo(workDone);
          bar.setExtraMessage(" piece " + stepsDone + " of " + steps);
        }

        @Override
        public void close() {
          bar.close();
        }
      };
    }
    return new RatedLines(task, steps, work, err, System::nanoTime, Lines.EVERY);
  }

  /** Progress measured in work: told how much is done rather than stepped. Not thread-safe. */
  interface Rated extends AutoCloseable {
    /** So many steps and so much work are done now. */
    void done(int steps, long work);

    @Override
    void close();
  }

  /**
   * Plain lines with a rate and the time left, at most one per interval: {@code big.txt: piece
   * 3 of 20 (15%), 10,240 characters a second, about 4:10 left, 0:44 elapsed}. None on closing:
   * the caller says how it ended.
   */
  final class RatedLines implements Rated {
    private final String task;
    private final int steps;
    private final long work;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long every;
    private final long start;
    private long last;

    RatedLines(String task, int steps, long work, PrintWriter err, LongSupplier nanoTime, Duration every) {
      this.task = task;
      this.steps = steps;
      this.work = work;
      this.err = err;
      this.nanoTime = nanoTime;
      this.every = every.toNanos();
      this.start = nanoTime.getAsLong();
      this.last = start;
    }

    @Override
    public void done(int stepsDone, long workDone) {
      long now = nanoTime.getAsLong();
      if (now - last < every || workDone <= 0 || stepsDone >= steps) {
        return;
      }
      last = now;
      double seconds = (now - start) / 1e9;
      double rate = workDone / seconds;
      long left = Math.round((work - workDone) / rate);
      err.printf(Locale.ROOT, "%s: piece %d of %d (%d%%), %,.0f characters a second, about %s left, %s elapsed%n",
          task, stepsDone, steps, workDone * 100 / Math.max(work, 1), rate, clock(left),
          clock((long) seconds));
      err.flush();
    }

    @Override
    public void close() {}

    private static String clock(long seconds) {
      return seconds >= 3600
          ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
          : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
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
