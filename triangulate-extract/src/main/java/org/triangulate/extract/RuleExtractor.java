package org.triangulate.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.triangulate.extract.claims.ClaimRules;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.entities.EntityRules;
import org.triangulate.extract.events.EventRules;
import org.triangulate.extract.events.FoundEvent;
import org.triangulate.extract.kb.KbMatch;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.PieceListener;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.TextAnalyzer;
import org.triangulate.extract.places.PlaceChains;
import org.triangulate.extract.places.PlaceResolver;
import org.triangulate.extract.places.SentenceProvinces;
import org.triangulate.model.Claim;
import org.triangulate.model.Component;
import org.triangulate.model.Event;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Span;

/**
 * Triangulate's extractor: a {@link TextAnalyzer} for sentences, tokens and names, then the
 * rules of the sub-packages for entities, aliases and roles.
 *
 * <p>Thread-safety: safe to share when the analyzer is.
 */
public final class RuleExtractor implements Extractor {
  /** Triangulate's own version, as built. */
  public static final String VERSION = readVersion();

  private final TextAnalyzer analyzer;
  private final EntityRules entityRules;
  private final EventRules eventRules = new EventRules();
  private final ClaimRules claimRules = new ClaimRules();
  private final PlaceResolver placeResolver = new PlaceResolver();
  private final PlaceChains placeChains = new PlaceChains();
  private final SentenceProvinces sentenceProvinces = new SentenceProvinces();
  private final Pipeline pipeline;
  private final KnowledgeBase kb;

  public RuleExtractor(TextAnalyzer analyzer, KnowledgeBase kb, String kbDescription) {
    this.analyzer = analyzer;
    this.kb = kb;
    this.entityRules = new EntityRules(kb, placeResolver);
    List<Component> components = new ArrayList<>(analyzer.components());
    components.add(new Component("triangulate-rules", VERSION,
        Map.of("knowledge-base", kbDescription,
            "lexicons", "roles,honorifics,facilities,triggers,reporting",
            "gazetteer", "GeoNames cities500 + country-state-city provinces")));
    this.pipeline = new Pipeline(VERSION, components);
  }

  @Override
  public Extraction extract(Document document) {
    return extract(document, PieceListener.NONE);
  }

  @Override
  public Extraction extract(Document document, PieceListener listener) {
    if (!document.isEnglish()) {
      throw new ExtractException(document.id() + ": language '" + document.language()
          + "' is not English");
    }
    // Parse only what needs parsing: sentences with an event trigger, a reporting verb or a relation word.
    // the knowledge base's names count as groups there too: the tagger misses "Quds Force"
    List<KbMatch> known = kb.scan(document.text());
    List<Span> groupNames = known.stream().map(KbMatch::span).toList();
    Analysis analysis = analyzer.analyze(document.text(), document.meta().published(),
        s -> eventRules.hasTrigger(s) || claimRules.hasReportingVerb(s) || claimRules.hasRelationWord(s, groupNames),
        listener);
    List<LocalEntity> entities = sentenceProvinces.apply(analysis.sentences().stream().map(Sentence::span).toList(),
        placeChains.apply(document.text(), placeResolver.resolve(entityRules.entities(document, analysis, known))));
    List<FoundEvent> found = eventRules.events(document, analysis, new EntityIndex(entities));
    List<Claim> claims = claimRules.claims(document, analysis, entities, found);
    List<Event> events = found.stream().map(FoundEvent::toEvent).toList();
    return new Extraction(document.id(), pipeline, entities, events, claims, List.of());
  }

  @Override
  public Pipeline pipeline() {
    return pipeline;
  }

  private static String readVersion() {
    try (InputStream in = RuleExtractor.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
