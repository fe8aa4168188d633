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
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import java.util.function.Predicate;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.NamedSpan;
import org.triangulate.extract.nlp.PieceListener;
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
 * <p>Thread-safety: safe to share. Each profile's pipelines are built once per JVM and used by
 * every thread at once, as {@code StanfordCoreNLP.annotate(Iterable, numThreads, …)} itself
 * uses one set of annotators from many threads.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  /** CoreNLP's version; kept in step with the parent POM. */
  public static final String VERSION = "4.5.10";

  /** Which CoreNLP configuration to run. */
  public enum Profile {
    /**
     * Triangulate's: the 3-class NER model (persons, organisations, places: all the rules read;
     * dates come from SUTime, numbers from the numeric classifiers), and the parser only on the
     * sentences the rules select.
     */
    TRIANGULATE,
    /**
     * CoreNLP's defaults (fine-grained NER) with the parser on every sentence: what a user would
     * otherwise run; kept for the benchmark and for comparing extraction quality.
     */
    CORENLP_DEFAULTS
  }

  private static final Map<Profile, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<Profile, StanfordCoreNLP> PARSERS = new ConcurrentHashMap<>();

  /**
   * Texts longer than this many characters are annotated in pieces of at most this length (about
   * 9,000 tokens): far more than a news report, small enough that CoreNLP's working set is a few
   * hundred MB.
   */
  static final int PIECE_CHARS = 50_000;

  private final Profile profile;
  private final Map<String, String> settings;
  private final int pieceChars;

  /** Triangulate's profile. */
  public CoreNlpAnalyzer() {
    this(Profile.TRIANGULATE);
  }

  public CoreNlpAnalyzer(Profile profile) {
    this(profile, PIECE_CHARS);
  }

  /** With pieces of another length, so that tests see many pieces in a short text. */
  CoreNlpAnalyzer(Profile profile, int pieceChars) {
    this.profile = profile;
    this.settings = settings(profile);
    this.pieceChars = pieceChars;
  }

  private static Map<String, String> settings(Profile profile) {
    Map<String, String> s = new TreeMap<>();
    s.put("annotators", "tokenize,ssplit,pos,lemma,ner");
    s.put("tokenize.language", "en");
    s.put("ssplit.newlineIsSentenceBreak", "two");
    s.put("ner.buildEntityMentions", "true");
    s.put("ner.useSUTime", "true");
    s.put("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    if (profile == Profile.TRIANGULATE) {
      s.put("ner.applyFineGrained", "false");
      s.put("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    }
    return Map.copyOf(s);
  }

  public Profile profile() {
    return profile;
  }

  @Override
  public Analysis analyze(String text, @Nullable LocalDate date) {
    return analyze(text, date, s -> false);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A text longer than {@link #PIECE_CHARS} is annotated piece by piece ({@link TextPieces}),
   * so that CoreNLP's working memory stays bounded whatever the length; the result is one
   * analysis with offsets, token and sentence indexes into the whole text.
   */
  @Override
  public Analysis analyze(String text, @Nullable LocalDate date, Predicate<Sentence> needsParse) {
    return analyze(text, date, needsParse, PieceListener.NONE);
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code listener} hears before the first piece and after each: a text of one piece too.
   */
  @Override
  public Analysis analyze(String text, @Nullable LocalDate date, Predicate<Sentence> needsParse,
      PieceListener listener) {
    List<Sentence> sentences = new ArrayList<>();
    List<NamedSpan> names = new ArrayList<>();
    List<Span> pieces = TextPieces.of(text, pieceChars);
    listener.analysed(0, pieces.size(), 0);
    for (int i = 0; i < pieces.size(); i++) {
      Span piece = pieces.get(i);
      int firstToken = sentences.isEmpty() ? 0 : sentences.getLast().tokens().getLast().index() + 1;
      Analysis part = analyzePiece(text, new Offsets(piece, firstToken, sentences.size()), date, needsParse);
      sentences.addAll(part.sentences());
      names.addAll(part.names());
      listener.analysed(i + 1, pieces.size(), piece.end());
    }
    return new Analysis(text, sentences, names);
  }

  /** Where a piece starts in the whole text: its first character, token and sentence. */
  private record Offsets(Span piece, int token, int sentence) {}

  private Analysis analyzePiece(String text, Offsets at, @Nullable LocalDate date,
      Predicate<Sentence> needsParse) {
    String pieceText = at.piece().of(text);
    Annotation annotation = new Annotation(pieceText);
    if (date != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    // One pipeline serves every thread, as CoreNLP's own multi-threaded annotation does.
    pipeline(profile).annotate(annotation);
    if (profile == Profile.TRIANGULATE) {
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        MainVerbs.mend(sentence.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    Analysis base = toAnalysis(text, at, new CoreDocument(annotation));
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> selected = new ArrayList<>();
    for (Sentence s : base.sentences()) {
      if (profile == Profile.CORENLP_DEFAULTS || needsParse.test(s)) {
        selected.add(coreSentences.get(s.index() - at.sentence()));
      }
    }
    if (selected.isEmpty()) {
      return base;
    }
    Annotation subset = new Annotation(pieceText);
    subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
    parser(profile).annotate(subset);
    return withDependencies(base, coreSentences, at.sentence());
  }

  private static Analysis withDependencies(Analysis base, List<CoreMap> coreSentences, int firstSentence) {
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : base.sentences()) {
      SemanticGraph graph = coreSentences.get(s.index() - firstSentence)
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
    String parsed = profile == Profile.CORENLP_DEFAULTS ? "all" : "those with an event trigger or a reporting verb";
    return List.of(new Component("stanford-corenlp", VERSION, settings),
        new Component("stanford-corenlp-depparse", VERSION, Map.of("annotators", "depparse", "sentences", parsed)));
  }

  /** Loads the shared pipelines of Triangulate's profile now rather than on the first document. */
  public static void warmUp() {
    warmUp(Profile.TRIANGULATE);
  }

  /** Loads the shared pipelines of {@code profile} now. */
  public static void warmUp(Profile profile) {
    pipeline(profile);
    parser(profile);
  }

  private static StanfordCoreNLP parser(Profile profile) {
    return PARSERS.computeIfAbsent(profile, p -> {
      Properties props = new Properties();
      props.setProperty("annotators", "depparse");
      // The sentences come tokenised and tagged from the first pipeline.
      props.setProperty("enforceRequirements", "false");
      return new StanfordCoreNLP(props);
    });
  }

  private static StanfordCoreNLP pipeline(Profile profile) {
    return PIPELINES.computeIfAbsent(profile, p -> {
      Properties props = new Properties();
      settings(p).forEach(props::setProperty);
      return new StanfordCoreNLP(props);
    });
  }

  /** The piece's annotation as sentences and names of the whole {@code text}. */
  private static Analysis toAnalysis(String text, Offsets at, CoreDocument doc) {
    List<Sentence> sentences = new ArrayList<>();
    List<NamedSpan> names = new ArrayList<>();
    int shift = at.piece().start();
    int index = at.token();
    for (CoreSentence cs : doc.sentences()) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : cs.tokens()) {
        Span span = new Span(shift + label.beginPosition(), shift + label.endPosition());
        String ner = label.ner() == null ? "O" : label.ner();
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        tokens.add(new Token(index++, span, span.of(text), label.tag(), lemma, ner, normalized));
      }
      Span sentenceSpan = new Span(tokens.getFirst().span().start(), tokens.getLast().span().end());
      int sentenceIndex = at.sentence() + sentences.size();
      sentences.add(new Sentence(sentenceIndex, sentenceSpan, tokens));
      for (CoreEntityMention m : cs.entityMentions()) {
        Span span = new Span(shift + m.charOffsets().first(), shift + m.charOffsets().second());
        String normalized = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        names.add(new NamedSpan(span, m.entityType(), sentenceIndex, normalized));
      }
    }
    return new Analysis(text, sentences, names);
  }
}
