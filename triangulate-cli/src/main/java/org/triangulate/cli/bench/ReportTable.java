package org.triangulate.cli.bench;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Prints a {@link BenchReport} as plain-text tables, each figure naming the pass it comes from. */
public final class ReportTable {
  /** Below this share of wall-clock time on a CPU, a one-thread pass was slowed by other processes. */
  private static final double BUSY = 0.9;

  private final BenchReport r;
  private final StringBuilder out = new StringBuilder();

  private ReportTable(BenchReport report) {
    this.r = report;
  }

  /** The report as text, ending with a newline. */
  public static String of(BenchReport report) {
    ReportTable t = new ReportTable(report);
    t.header();
    t.throughput();
    t.threads();
    t.split();
    t.annotators();
    t.line("Whole run: %s.", minutes(report.runSeconds()));
    return t.out.toString();
  }

  private void header() {
    BenchReport.Machine m = r.machine();
    BenchReport.Workload w = r.workload();
    line("Triangulate throughput benchmark: %d cores, %s, max heap %,d MB; %,d tokens in %,d documents",
        m.cores(), m.jvm(), m.maxHeapBytes() >> 20, w.tokens(), w.documents());
    line("Set: %d input documents (%s) repeated in order to %,d documents, %,d tokens"
        + " (CoreNLP tokenizer, untimed).",
        w.distinct(), String.join(", ", w.inputs()), w.documents(), w.tokens());
    line("Each configuration first ran untimed over the set's first %d documents; %d timed round%s per extraction"
        + " pass%s.", w.warmUpDocuments(), w.rounds(), w.rounds() == 1 ? "" : "s",
        w.rounds() == 1 ? "" : " (median round shown)");
    line("Models loaded: Triangulate %.1f s; CoreNLP defaults %.1f s more"
        + " (CoreNLP loads an annotator once per settings).",
        r.triangulateLoadSeconds(), r.defaultsLoadSeconds());
    line("System load average (1 min): %.2f at the start, %.2f at the end. Wall-clock figures (tokens/s) suffer when"
        + " other processes run; tokens/CPU-s counts only the benchmark's own working threads, and 'on CPU' is"
        + " the share of the wall-clock time they spent on a core.", m.loadBefore(), m.loadAfter());
    line("");
  }

  private void throughput() {
    line("%-34s %9s %9s %8s %13s %12s %7s %10s", "Throughput on one thread", "documents", "tokens", "seconds",
        "tokens/s/core", "tokens/CPU-s", "on CPU", "peak heap");
    Pass a = r.extraction(1).pass();
    Pass b = r.defaults().pass();
    row("(a) Triangulate extraction", a);
    row("(b) CoreNLP defaults", b);
    line("(a) is the whole set; (b) its first %,d tokens (the defaults are slow), every input document included.",
        b.tokens());
    line("(b) is a plain StanfordCoreNLP with only annotators=%s.", CoreNlpPasses.DEFAULT_ANNOTATORS);
    line("Ratio (a)/(b): %.2f x in tokens/s per core; %.2f x in tokens per CPU-second.", r.ratio(), r.cpuRatio());
    if (Math.min(a.onCpu(), b.onCpu()) < BUSY) {
      line("The machine was busy (a pass's thread ran on a core less than %.0f %% of the time):"
          + " compare tokens/CPU-s rather than tokens/s.", 100 * BUSY);
    }
    line("");
  }

  private void threads() {
    line("%-34s %9s %9s %8s %13s %12s %7s %10s", "Triangulate extraction, whole set", "tokens/s", "tokens",
        "seconds", "tokens/s/core", "tokens/CPU-s", "on CPU", "peak heap");
    for (int n : r.threadCounts()) {
      Pass p = r.extraction(n).pass();
      line("%-34s %9s %9s %8.1f %13s %12s %6.0f%% %10s", "  on " + n + (n == 1 ? " thread" : " threads"),
          count(p.tokensPerSecond()), count(p.tokens()), p.seconds(), count(p.tokensPerSecondPerCore()),
          count(p.tokensPerCpuSecond()), 100 * p.onCpu(), mb(p.peakHeapBytes()));
    }
    int most = r.threadCounts().getLast();
    line("Speed-up from 1 to %d threads: %.2f x (%.0f %% of linear).", most, r.speedUp(), 100 * r.speedUp() / most);
    line("");
  }

  private void split() {
    ExtractionPass x = r.extraction(1);
    double total = x.extractNanos() / 1e9;
    line("Triangulate extraction split, from pass (a) itself: %.1f s in extract()", total);
    line("  analysis (CoreNLP and conversion) %7.1f s %5.1f %%", x.analysis().nanos() / 1e9,
        100 * x.analysis().nanos() / 1e9 / total);
    line("  rules (extraction - analysis)     %7.1f s %5.1f %%", x.rulesNanos() / 1e9,
        100 * x.rulesNanos() / 1e9 / total);
    line("  sentences parsed: %,d of %,d (%.1f %%); found %,d entities, %,d events, %,d claims",
        x.analysis().parsed(), x.analysis().sentences(),
        100.0 * x.analysis().parsed() / Math.max(1, x.analysis().sentences()),
        x.found().entities(), x.found().events(), x.found().claims());
    line("");
  }

  private void annotators() {
    AnnotatorCosts t = r.triangulateProfile();
    AnnotatorCosts d = r.defaults();
    line("Cost by annotator (CoreNLP's own timers, 0.1 s resolution, one thread;"
        + " CoreNLP 4.5 reports no separate ssplit timer)");
    line("  (T) Triangulate's CoreNLP configuration, rebuilt with the analyzer's settings: a separate pass over"
        + " %,d tokens, %,d documents, parser on the %,d sentences (%.1f %%) the extractor selected",
        t.pass().tokens(), t.pass().documents(), t.parsedSentences(), 100 * t.parsedFraction());
    line("  (D) CoreNLP defaults: pass (b), %,d tokens, parser on all %,d sentences", d.pass().tokens(), d.sentences());
    line("  %-26s %9s %9s %7s   %9s %9s %7s", "annotator", "(T) s", "ms/1k tok", "share", "(D) s", "ms/1k tok", "share");
    Set<String> names = new LinkedHashSet<>();
    t.costs().forEach(c -> names.add(c.annotator()));
    d.costs().forEach(c -> names.add(c.annotator()));
    for (String name : names) {
      line("  %-26s %s   %s", name, cells(t, name), cells(d, name));
    }
    line("  %-26s %9.1f %9.1f %7s   %9.1f %9.1f %7s", "all annotators", t.seconds(), perKiloToken(t.seconds(), t),
        "100 %", d.seconds(), perKiloToken(d.seconds(), d), "100 %");
    line("");
  }

  private static String cells(AnnotatorCosts costs, String name) {
    Optional<AnnotatorCosts.Cost> cost =
        costs.costs().stream().filter(c -> c.annotator().equals(name)).findFirst();
    return cost.map(c -> String.format(Locale.ROOT, "%9.1f %9.1f %5.1f %%", c.seconds(),
            perKiloToken(c.seconds(), costs), 100 * costs.share(c)))
        .orElse(String.format(Locale.ROOT, "%27s", "-"));
  }

  private static double perKiloToken(double seconds, AnnotatorCosts costs) {
    return 1e6 * seconds / costs.pass().tokens();
  }

  private void row(String label, Pass p) {
    line("%-34s %9d %9s %8.1f %13s %12s %6.0f%% %10s", label, p.documents(), count(p.tokens()), p.seconds(),
        count(p.tokensPerSecondPerCore()), count(p.tokensPerCpuSecond()), 100 * p.onCpu(), mb(p.peakHeapBytes()));
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private static String count(double n) {
    return String.format(Locale.ROOT, "%,.0f", n);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
  }

  private static String minutes(double seconds) {
    return String.format(Locale.ROOT, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
  }
}
