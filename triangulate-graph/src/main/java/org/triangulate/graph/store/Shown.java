package org.triangulate.graph.store;

import java.util.List;
import java.util.Objects;
import org.triangulate.model.Evidence;
import org.triangulate.model.Metadata;
import org.triangulate.model.MentionKind;

/** What {@link Store#show(String)} found for an id: a document or an entity. */
public sealed interface Shown permits Shown.DocumentView, Shown.EntityView {

  /**
   * A document with its metadata and the store entities it mentions.
   *
   * @param summary the listing line
   * @param meta title, url, byline, dateline, source, date
   * @param entities the entities mentioned, by name
   */
  record DocumentView(DocumentSummary summary, Metadata meta, List<EntitySummary> entities)
      implements Shown {
    public DocumentView {
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(meta, "meta");
      entities = List.copyOf(entities);
    }
  }

  /**
   * An entity with its descriptions and every mention in context.
   *
   * @param summary the listing line
   * @param descriptions distinct role and description texts
   * @param mentions the mentions, by document then offset
   */
  record EntityView(EntitySummary summary, List<String> descriptions, List<MentionInContext> mentions)
      implements Shown {
    public EntityView {
      Objects.requireNonNull(summary, "summary");
      descriptions = List.copyOf(descriptions);
      mentions = List.copyOf(mentions);
    }
  }

  /**
   * A mention and the sentence it occurs in.
   *
   * @param evidence document, section, span and text of the mention
   * @param kind how it names the entity
   * @param sentence the sentence around it
   */
  record MentionInContext(Evidence evidence, MentionKind kind, String sentence) {
    public MentionInContext {
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(sentence, "sentence");
    }
  }
}
