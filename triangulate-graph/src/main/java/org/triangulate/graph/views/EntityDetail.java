package org.triangulate.graph.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.Link;

/**
 * A store entity for the entity page: its names with the evidence for each alias, its
 * descriptions, its affiliations with their grades, the events it takes part in (or that
 * happened there), the claims made about it grouped by who makes them, and its mentions with
 * the sentence around each. Lists are bounded and paged ({@link #MENTIONS}, {@link #EVENTS},
 * {@link #CLAIMS}, {@link #NAMES}), earliest stored documents first; mentions, events and claims
 * page by keyset cursor ({@link Page}).
 *
 * @param id {@code ent-…}
 * @param type PERSON, ORGANIZATION, LOCATION or FACILITY
 * @param name its most common name
 * @param kb knowledge-base id, or null
 * @param geo its coordinates, or null
 * @param aliases each other name once, with the first passage that made it an alias
 * @param descriptions each description once, with the first passage that says it
 * @param affiliations its links to other entities (MEMBER_OF, LEADS, COOPERATES_WITH, …)
 * @param events its parts in events
 * @param claimsBySpeaker claims whose subject or object it is, by speaker, most claims first
 * @param mentions its mentions in context
 * @param totals how many of each there are, or null before the entity is resolved
 * @param names its distinct names with their counts, most mentioned first (at most {@link
 *     #NAMES}); empty before it is resolved
 * @param page the cursors the lists start after (null: from the first)
 * @param next the cursors of the page after this one; null where a list ends on this page
 */
public record EntityDetail(String id, String type, String name, @Nullable String kb,
    @Nullable GeoPoint geo, List<AliasEvidence> aliases, List<DescriptionEvidence> descriptions,
    List<Affiliation> affiliations, List<Participation> events,
    List<SpeakerClaims> claimsBySpeaker, List<MentionInContext> mentions,
    @Nullable Totals totals, List<NameCount> names, Page page, Page next) {
  // A page shows the first of each, in document order; a group named in thousands of reports
  // would otherwise send hundreds of kilobytes (links, timeline and search page the rest).
  /** At most this many mentions. */
  public static final int MENTIONS = 60;
  /** At most this many event participations and this many claims. */
  public static final int EVENTS = 120;
  public static final int CLAIMS = 120;
  /** At most this many distinct aliases and descriptions. */
  public static final int NAMES = 100;

  /** Where a place is. */
  public record GeoPoint(double lat, double lon, String country, @Nullable String province) {}

  public record AliasEvidence(String name, String rule, String document, int start, int end,
      String sentence) {}

  public record DescriptionEvidence(String text, String document, String sentence) {}

  public record Affiliation(String type, String target, @Nullable String targetName,
      String grade) {}

  /** {@code role} is a participant role, or LOCATION for events that happened at the place. */
  public record Participation(String id, String type, @Nullable String time, String role,
      @Nullable String place) {}

  public record SpeakerClaims(@Nullable String speaker, @Nullable String speakerName,
      @Nullable String speakerText, List<ClaimAbout> claims) {}

  public record ClaimAbout(String id, String modality, String predicate, String subject,
      @Nullable String subjectName, @Nullable String object, @Nullable String objectName,
      String document, @Nullable String documentTitle, String text) {}

  public record MentionInContext(String document, int start, int end, String text,
      String sentence) {}

  /**
   * How much there is beyond the page: local entities, documents, mentions, event rows (parts
   * and events at the place) and claims, and the first and last publication dates (ISO).
   */
  public record Totals(int members, int documents, int mentions, int events, int claims,
      @Nullable String firstPublished, @Nullable String lastPublished) {}

  /** A distinct name (names compared case-insensitively) and how often it is used. */
  public record NameCount(String name, int mentions, int documents, int members, int aliases,
      @Nullable String firstPublished, @Nullable String lastPublished) {}

  /**
   * Where each list starts: after the row a cursor names (the {@code next} an earlier page
   * gave), or at the first row when null. Cursors are opaque tokens; see {@link Keyset}.
   */
  public record Page(@Nullable String mentions, @Nullable String events,
      @Nullable String claims) {
    /** The first page of each. */
    public static final Page FIRST = new Page(null, null, null);

    /** @throws IllegalArgumentException when a cursor is not one a page of its list gave */
    public Page {
      mentions(mentions);
      events(events);
      claims(claims);
    }

    Keyset mentionsAfter() {
      return mentions(mentions);
    }

    Keyset eventsAfter() {
      return events(events);
    }

    Keyset claimsAfter() {
      return claims(claims);
    }

    private static Keyset mentions(@Nullable String token) {
      return token == null ? EntityRows.MENTIONS_START
          : Keyset.parse("mentionsAfter", token, 'm', EntityRows.MENTION_KEY);
    }

    private static Keyset events(@Nullable String token) {
      return token == null ? EntityRows.EVENTS_START
          : Keyset.parse("eventsAfter", token, 'e', EntityRows.EVENT_KEY);
    }

    private static Keyset claims(@Nullable String token) {
      return token == null ? EntityRows.CLAIMS_START
          : Keyset.parse("claimsAfter", token, 'c', EntityRows.CLAIM_KEY);
    }
  }

  /** The entity {@code id}, if stored, with the first page of each list. */
  public static Optional<EntityDetail> read(Handle h, String id, EvidenceSnapshot snapshot) {
    return read(h, id, snapshot, Page.FIRST);
  }

  /**
   * The entity {@code id}, if stored; names and affiliations come from {@code snapshot}, the
   * head, totals and names from the entity's summary rows, and mentions, events and claims
   * after {@code page}'s cursors, in document order, each read from its cursor on through an
   * index: a deep page costs what the first does. An entity saved by a batch and not yet
   * resolved has no summary rows: its head is read from its members and its totals are null.
   */
  public static Optional<EntityDetail> read(Handle h, String id, EvidenceSnapshot snapshot,
      Page page) {
    Optional<EntityRows.Summed> summed = EntityRows.summary(h, id, snapshot);
    Optional<EntityRows.Head> head = summed.isPresent()
        ? summed.map(EntityRows.Summed::head) : EntityRows.head(h, id, snapshot);
    return head.map(hd -> {
      List<EntityRows.Spanned> aliases = summed.isPresent()
          ? EntityRows.summedAliases(h, id, NAMES) : EntityRows.aliases(h, id, NAMES);
      List<EntityRows.Spanned> descriptions = summed.isPresent()
          ? EntityRows.summedDescriptions(h, id, NAMES) : EntityRows.descriptions(h, id, NAMES);
      var mentions = EntityRows.mentions(h, id, page.mentionsAfter(), MENTIONS);
      var events = EntityRows.events(h, id, page.eventsAfter(), EVENTS, snapshot);
      var claims = EntityRows.claimsAbout(h, id, page.claimsAfter(), CLAIMS);
      DocumentTexts texts = new DocumentTexts(h);
      texts.load(aliases, descriptions, mentions.rows());
      return new EntityDetail(id, hd.named().type().name(), hd.named().name(), hd.kb(),
          hd.geo(),
          aliases.stream().map(a -> new AliasEvidence(a.text(), a.extra(), a.document(),
              a.start(), a.end(), texts.sentence(a))).toList(),
          descriptions.stream().map(d -> new DescriptionEvidence(d.text(), d.document(),
              texts.sentence(d))).toList(),
          affiliations(id, snapshot),
          events.rows(),
          bySpeaker(claims.rows(), snapshot),
          mentions.rows().stream().map(m -> new MentionInContext(m.document(), m.start(),
              m.end(), m.text(), texts.sentence(m))).toList(),
          summed.map(EntityRows.Summed::totals).orElse(null),
          summed.isPresent() ? EntityRows.names(h, id, NAMES) : List.of(),
          page,
          new Page(token(mentions.next()), token(events.next()), token(claims.next())));
    });
  }

  private static @Nullable String token(@Nullable Keyset next) {
    return next == null ? null : next.token();
  }

  private static List<Affiliation> affiliations(String id, EvidenceSnapshot snapshot) {
    List<Affiliation> out = new ArrayList<>();
    for (Link l : snapshot.linksOf(id)) {
      boolean outgoing = l.source().equals(id) || l.type().equals("COOPERATES_WITH");
      String other = l.source().equals(id) ? l.target() : l.source();
      if (outgoing && other.startsWith("ent-")) {
        out.add(new Affiliation(l.type(), other, snapshot.name(other), l.grade()));
      }
    }
    return out;
  }

  private static List<SpeakerClaims> bySpeaker(List<ClaimRows.Row> claims,
      EvidenceSnapshot names) {
    Map<String, List<ClaimRows.Row>> groups = new LinkedHashMap<>();
    for (ClaimRows.Row c : claims) {
      String key = c.speaker() != null ? c.speaker() : "text:" + c.speakerText();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<SpeakerClaims> out = new ArrayList<>();
    for (List<ClaimRows.Row> group : groups.values()) {
      ClaimRows.Row first = group.getFirst();
      out.add(new SpeakerClaims(first.speaker(), names.name(first.speaker()),
          first.speakerText(), group.stream().map(c -> new ClaimAbout(c.id(), c.modality(),
              c.predicate(), c.subject(), names.name(c.subject()), c.object(),
              names.name(c.object()), c.document(), c.documentTitle(), c.text())).toList()));
    }
    out.sort(Comparator.comparingInt((SpeakerClaims s) -> s.claims().size()).reversed());
    return out;
  }
}
