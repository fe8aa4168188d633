package org.triangulate.graph.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;

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
   * An entity with its descriptions, every mention in context, the events it takes part in and
   * the claims it speaks.
   *
   * @param summary the listing line
   * @param descriptions distinct role and description texts
   * @param mentions the mentions, by document then offset
   * @param events its parts in events, by document then event
   * @param claims the claims it is the speaker of, by document then claim
   * @param resolution why its document-local members are one entity, one line per merge
   */
  record EntityView(EntitySummary summary, List<String> descriptions,
      List<MentionInContext> mentions, List<Participation> events, List<Statement> claims,
      List<String> resolution)
      implements Shown {
    public EntityView {
      resolution = List.copyOf(resolution);
      Objects.requireNonNull(summary, "summary");
      descriptions = List.copyOf(descriptions);
      mentions = List.copyOf(mentions);
      events = List.copyOf(events);
      claims = List.copyOf(claims);
    }
  }

  /**
   * An entity's part in an event.
   *
   * @param event the event's export id ({@code evt-…})
   * @param type what kind of event
   * @param time when, as the export writes it ({@code 2021-02-11}), or null when unknown
   * @param role what the entity does in it
   * @param text how the document names the entity there
   */
  record Participation(String event, EventType type, @Nullable String time, Role role,
      String text) {
    public Participation {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A claim an entity speaks.
   *
   * @param claim the claim's export id ({@code clm-…})
   * @param modality how it is put
   * @param predicate what it says of its subject
   * @param evidence the first passage that says it
   */
  record Statement(String claim, Modality modality, Predicate predicate, Evidence evidence) {
    public Statement {
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(modality, "modality");
      Objects.requireNonNull(predicate, "predicate");
      Objects.requireNonNull(evidence, "evidence");
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
