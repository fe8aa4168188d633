package org.triangulate.graph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Geo;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/** What {@link Store#show(String)} found for an id: a document, an entity, an event or a claim. */
public sealed interface Shown
    permits Shown.DocumentView, Shown.EntityView, Shown.EventView, Shown.ClaimView {

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

  /**
   * An event as the store knows it: one account per document that reports it (several when
   * reports were resolved to one event), and the claims made about it.
   *
   * @param id the id asked for: the event group's id, or a member's own id
   * @param type the type of the first account, or the analyst's when retyped
   * @param accounts each reporting document's version, earliest stored first
   * @param claims claims whose subject or object is one of the accounts
   * @param corrections the analyst's corrections in force, one line each (who, when, why)
   */
  record EventView(String id, EventType type, List<Account> accounts, List<ClaimLine> claims,
      List<String> corrections) implements Shown {
    public EventView {
      corrections = List.copyOf(corrections);
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      accounts = List.copyOf(accounts);
      claims = List.copyOf(claims);
    }
  }

  /**
   * One document's account of an event.
   *
   * @param event the account's own id ({@code evt-…})
   * @param document the reporting document
   * @param title its title, or null
   * @param source its publisher, or null
   * @param published its publication date, or null
   * @param type the event type this document gives
   * @param time the time as read
   * @param place the place's name, or null
   * @param placeEntity the place's store entity id, or null
   * @param placeGeo the place's coordinates, country and province, or null when not located
   * @param killed people killed, or null when not stated
   * @param injured people injured, or null when not stated
   * @param participants who took part, in the order extracted
   * @param evidence the first passage that reports it, or null
   */
  record Account(String event, String document, @Nullable String title, @Nullable String source,
      @Nullable LocalDate published, EventType type, TimeSpec time, @Nullable String place,
      @Nullable String placeEntity, @Nullable Geo placeGeo,
      @Nullable Integer killed, @Nullable Integer injured, List<Party> participants,
      @Nullable String evidence) {
    public Account {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(time, "time");
      participants = List.copyOf(participants);
    }
  }

  /**
   * A participant of an event.
   *
   * @param role what it does in the event
   * @param text how the document names it ("gunmen")
   * @param entity its store entity id, or null for an unnamed actor
   */
  record Party(Role role, String text, @Nullable String entity) {
    public Party {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A claim in one line: who said what of whom.
   *
   * @param claim its id ({@code clm-…})
   * @param speaker the speaker's name as the document gives it
   * @param modality how it is put
   * @param subject the subject's name, or an event id
   * @param predicate what it says
   * @param object the object's name or event id, or null
   */
  record ClaimLine(String claim, String speaker, Modality modality, String subject,
      Predicate predicate, @Nullable String object) {
    public ClaimLine {
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(modality, "modality");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(predicate, "predicate");
    }
  }

  /**
   * A claim in full.
   *
   * @param line speaker, modality, subject, predicate, object
   * @param speakerEntity the speaker's store entity id, or null when the speaker is unnamed or
   *     the document itself
   * @param subjectId the subject's store entity or event id
   * @param objectId the object's store entity or event id, or null
   * @param via the channels it reached the document through, nearest first
   * @param document the document that carries it
   * @param title its title, or null
   * @param section where in the document it is said
   * @param evidence the passages that say it
   * @param corrections the analyst's corrections in force, one line each (who, when, why)
   */
  record ClaimView(ClaimLine line, @Nullable String speakerEntity, String subjectId,
      @Nullable String objectId, List<String> via, String document, @Nullable String title,
      Section section, List<Evidence> evidence, List<String> corrections) implements Shown {
    public ClaimView {
      corrections = List.copyOf(corrections);
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(subjectId, "subjectId");
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(section, "section");
      via = List.copyOf(via);
      evidence = List.copyOf(evidence);
    }
  }
}
