package org.triangulate.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.triangulate.extract.entities.EntityRules;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.TextAnalyzer;
import org.triangulate.model.Component;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Pipeline;

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
  private final Pipeline pipeline;

  public RuleExtractor(TextAnalyzer analyzer, KnowledgeBase kb, String kbDescription) {
    this.analyzer = analyzer;
    this.entityRules = new EntityRules(kb);
    List<Component> components = new ArrayList<>(analyzer.components());
    components.add(new Component("triangulate-rules", VERSION,
        Map.of("knowledge-base", kbDescription, "lexicons", "roles,honorifics,facilities")));
    this.pipeline = new Pipeline(VERSION, components);
  }

  @Override
  public Extraction extract(Document document) {
    if (!document.isEnglish()) {
      throw new ExtractException(document.id() + ": language '" + document.language()
          + "' is not English");
    }
    Analysis analysis = analyzer.analyze(document.text(), document.meta().published());
    List<LocalEntity> entities = entityRules.entities(document, analysis);
    return new Extraction(document.id(), pipeline, entities, List.of());
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
