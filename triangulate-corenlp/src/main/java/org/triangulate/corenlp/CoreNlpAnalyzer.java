package org.triangulate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import java.util.function.Predicate;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.NamedSpan;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.TextAnalyzer;
import org.triangulate.extract.nlp.Token;
import org.triangulate.model.Component;
import org.triangulate.model.Span;

/**
 * A {@link TextAnalyzer} on Stanford CoreNLP: tokenize, ssplit, pos, lemma and coarse NER with
 * SUTime on every sentence (the fine-grained NER is three times slower and its extra types are
 * not used), then the dependency parser only on the sentences the caller selects. The pipeline loads
 * its models (about 30 s) on first use and is then shared by every caller in the JVM.
 *
 * <p>Thread-safety: safe to share; annotation is serialised on the one pipeline, because not
 * every CoreNLP annotator documents that it is thread-safe.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  /** CoreNLP's version; kept in step with the parent POM. */
  public static final String VERSION = "4.5.10";

  private static final Map<String, String> SETTINGS = settings();
  private static volatile @Nullable StanfordCoreNLP shared;
  private static volatile @Nullable StanfordCoreNLP sharedParser;

  private static Map<String, String> settings() {
    Map<String, String> s = new TreeMap<>();
    s.put("annotators", "tokenize,ssplit,pos,lemma,ner");
    s.put("tokenize.language", "en");
    s.put("ssplit.newlineIsSentenceBreak", "two");
    s.put("ner.applyFineGrained", "false");
    s.put("ner.buildEntityMentions", "true");
    s.put("ner.useSUTime", "true");
    s.put("ner.model",
        "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    s.put("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    return Map.copyOf(s);
  }

  @Override
  public Analysis analyze(String text, @Nullable LocalDate date) {
    return analyze(text, date, s -> false);
  }

  @Override
  public Analysis analyze(String text, @Nullable LocalDate date, Predicate<Sentence> needsParse) {
    Annotation annotation = new Annotation(text);
    if (date != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    StanfordCoreNLP pipeline = pipeline();
    synchronized (pipeline) {
      pipeline.annotate(annotation);
    }
    Analysis base = toAnalysis(text, new CoreDocument(annotation));
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> selected = new ArrayList<>();
    for (Sentence s : base.sentences()) {
      if (needsParse.test(s)) {
        selected.add(coreSentences.get(s.index()));
      }
    }
    if (selected.isEmpty()) {
      return base;
    }
    Annotation subset = new Annotation(text);
    subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
    StanfordCoreNLP parser = parser();
    synchronized (parser) {
      parser.annotate(subset);
    }
    return withDependencies(base, coreSentences);
  }

  private static Analysis withDependencies(Analysis base, List<CoreMap> coreSentences) {
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : base.sentences()) {
      SemanticGraph graph = coreSentences.get(s.index())
          .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph == null) {
        sentences.add(s);
        continue;
      }
      int offset = s.tokens().getFirst().index() - 1; // CoreNLP counts tokens from 1 per sentence
      List<Dependency> edges = new ArrayList<>();
      for (IndexedWord root : graph.getRoots()) {
        edges.add(new Dependency(-1, offset + root.index(), "root"));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        edges.add(new Dependency(offset + e.getGovernor().index(), offset + e.getDependent().index(),
            e.getRelation().toString()));
      }
      sentences.add(new Sentence(s.index(), s.span(), s.tokens(), true, edges));
    }
    return new Analysis(base.text(), sentences, base.names());
  }

  @Override
  public List<Component> components() {
    return List.of(new Component("stanford-corenlp", VERSION, SETTINGS),
        new Component("stanford-corenlp-depparse", VERSION,
            Map.of("annotators", "depparse", "sentences", "those with an event trigger or a reporting verb")));
  }

  /** Loads the shared pipeline now rather than on the first document. */
  public static void warmUp() {
    pipeline();
    parser();
  }

  private static StanfordCoreNLP parser() {
    StanfordCoreNLP p = sharedParser;
    if (p == null) {
      synchronized (CoreNlpAnalyzer.class) {
        p = sharedParser;
        if (p == null) {
          Properties props = new Properties();
          props.setProperty("annotators", "depparse");
          // The sentences come tokenised and tagged from the first pipeline.
          props.setProperty("enforceRequirements", "false");
          p = new StanfordCoreNLP(props);
          sharedParser = p;
        }
      }
    }
    return p;
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = shared;
    if (p == null) {
      synchronized (CoreNlpAnalyzer.class) {
        p = shared;
        if (p == null) {
          Properties props = new Properties();
          SETTINGS.forEach(props::setProperty);
          p = new StanfordCoreNLP(props);
          shared = p;
        }
      }
    }
    return p;
  }

  private static Analysis toAnalysis(String text, CoreDocument doc) {
    List<Sentence> sentences = new ArrayList<>();
    List<NamedSpan> names = new ArrayList<>();
    int index = 0;
    for (CoreSentence cs : doc.sentences()) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : cs.tokens()) {
        Span span = new Span(label.beginPosition(), label.endPosition());
        String ner = label.ner() == null ? "O" : label.ner();
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        tokens.add(new Token(index++, span, span.of(text), label.tag(), lemma, ner, normalized));
      }
      Span sentenceSpan = new Span(tokens.getFirst().span().start(), tokens.getLast().span().end());
      int sentenceIndex = sentences.size();
      sentences.add(new Sentence(sentenceIndex, sentenceSpan, tokens));
      for (CoreEntityMention m : cs.entityMentions()) {
        Span span = new Span(m.charOffsets().first(), m.charOffsets().second());
        String normalized = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        names.add(new NamedSpan(span, m.entityType(), sentenceIndex, normalized));
      }
    }
    return new Analysis(text, sentences, names);
  }
}
