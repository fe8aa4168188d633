package org.triangulate.cli.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Document;

/**
 * The benchmark's passes that drive Stanford CoreNLP directly: counting tokens, CoreNLP's default
 * pipeline, and Triangulate's CoreNLP configuration rebuilt annotator by annotator so that
 * CoreNLP's per-annotator timers can be read.
 *
 * <p>This is the one class outside {@code triangulate-corenlp} that uses CoreNLP types, and it
 * may because the benchmark measures CoreNLP itself. Nothing else in the command line does.
 *
 * <p>The pipelines built here share their annotators with the ones {@code CoreNlpAnalyzer}
 * built whenever their settings are the same: CoreNLP keeps every annotator it loads in a
 * JVM-wide cache keyed by its settings. A new {@link StanfordCoreNLP} is therefore cheap to
 * build after the models are loaded, and each timed pass builds its own so that its
 * per-annotator timers count that pass alone.
 *
 * <p>Thread-safety: the passes are single-threaded; an instance may be used by one thread at a
 * time.
 */
public final class CoreNlpPasses {
  /** The annotators of CoreNLP's default pipeline that the benchmark compares against. */
  public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  // A line of StanfordCoreNLP.timingInformation(): "NERCombinerAnnotator: 11.4 sec."; its
  // number follows the default locale.
  private static final Pattern TIMING = Pattern.compile("(?m)^(\\w+): (\\d+(?:[.,]\\d+)?) sec\\.$");

  private final StanfordCoreNLP tokenizer = pipeline(Map.of("annotators", "tokenize"));

  /** The tokens of {@code document} by CoreNLP's English tokenizer alone. */
  public long tokens(Document document) {
    Annotation annotation = new Annotation(document.text());
    tokenizer.annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  /** Builds CoreNLP's default pipeline, loading the models not loaded yet; returns the seconds it took. */
  public double loadDefaults() {
    long start = System.nanoTime();
    pipeline(defaults());
    return (System.nanoTime() - start) / 1e9;
  }

  /** Runs CoreNLP's default pipeline once over {@code set}, untimed. */
  public void warmUpDefaults(BenchSet set) {
    StanfordCoreNLP nlp = pipeline(defaults());
    set.documents().forEach(d -> nlp.annotate(annotation(d)));
  }

  /**
   * Times CoreNLP's default pipeline over {@code set} on one thread: a plain {@link
   * StanfordCoreNLP} with only {@code annotators} set, given each document's text and date.
   */
  public AnnotatorCosts runDefaults(BenchSet set) {
    StanfordCoreNLP nlp = pipeline(defaults());
    long sentences = 0;
    PeakHeap.reset();
    long start = System.nanoTime();
    long cpuStart = ThreadCpu.nanos();
    for (Document d : set.documents()) {
      Annotation annotation = annotation(d);
      nlp.annotate(annotation);
      sentences += annotation.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (ThreadCpu.nanos() - cpuStart) / 1e9;
    Pass pass = new Pass("CoreNLP defaults (" + DEFAULT_ANNOTATORS + ")", set.size(), set.totalTokens(),
        1, seconds, cpu, PeakHeap.bytes());
    return new AnnotatorCosts(pass, costs(nlp.timingInformation()), sentences, sentences);
  }

  /**
   * Times Triangulate's CoreNLP configuration over {@code set} on one thread, as {@code
   * CoreNlpAnalyzer} runs it: the base pipeline with {@code settings} on every sentence, then the
   * dependency parser on the sentences {@code parsed} names for each text (those the extractor
   * selected in an earlier pass). The conversion into Triangulate's records and the rules are
   * not in this pass.
   */
  public AnnotatorCosts runTriangulateProfile(BenchSet set, Map<String, String> settings,
      Function<String, List<Integer>> parsed) {
    StanfordCoreNLP base = pipeline(settings);
    // The same parser pipeline as CoreNlpAnalyzer's: the sentences come tagged from the base.
    StanfordCoreNLP parser = pipeline(Map.of("annotators", "depparse", "enforceRequirements", "false"));
    long sentences = 0;
    long parsedSentences = 0;
    PeakHeap.reset();
    long start = System.nanoTime();
    long cpuStart = ThreadCpu.nanos();
    for (Document d : set.documents()) {
      Annotation annotation = annotation(d);
      base.annotate(annotation);
      List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      List<CoreMap> selected = parsed.apply(d.text()).stream().map(all::get).toList();
      sentences += all.size();
      parsedSentences += selected.size();
      if (!selected.isEmpty()) {
        Annotation subset = new Annotation(d.text());
        subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
        parser.annotate(subset);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (ThreadCpu.nanos() - cpuStart) / 1e9;
    Pass pass = new Pass("Triangulate's CoreNLP configuration", set.size(), set.totalTokens(), 1, seconds,
        cpu, PeakHeap.bytes());
    List<AnnotatorCosts.Cost> costs = new ArrayList<>(costs(base.timingInformation()));
    costs.addAll(costs(parser.timingInformation()));
    return new AnnotatorCosts(pass, costs, sentences, parsedSentences);
  }

  private static Map<String, String> defaults() {
    return Map.of("annotators", DEFAULT_ANNOTATORS);
  }

  private static Annotation annotation(Document d) {
    Annotation annotation = new Annotation(d.text());
    LocalDate date = d.meta().published();
    if (date != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    return annotation;
  }

  private static StanfordCoreNLP pipeline(Map<String, String> settings) {
    Properties props = new Properties();
    settings.forEach(props::setProperty);
    return new StanfordCoreNLP(props);
  }

  /** Reads the per-annotator lines of {@code timingInformation()}, in pipeline order. */
  static List<AnnotatorCosts.Cost> costs(String timing) {
    List<AnnotatorCosts.Cost> costs = new ArrayList<>();
    Matcher m = TIMING.matcher(timing);
    while (m.find()) {
      if (!m.group(1).equals("TOTAL")) {
        costs.add(new AnnotatorCosts.Cost(m.group(1), Double.parseDouble(m.group(2).replace(',', '.'))));
      }
    }
    if (costs.isEmpty()) {
      throw new BenchException("CoreNLP's timing information has no annotator lines: "
          + timing.lines().findFirst().orElse(""));
    }
    return costs;
  }
}
