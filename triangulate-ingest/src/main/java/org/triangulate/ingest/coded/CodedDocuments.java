package org.triangulate.ingest.coded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.coded.CodedEvent.CodedPlace;
import org.triangulate.ingest.coded.CodedEvent.Side;
import org.triangulate.ingest.fingerprint.ContentId;
import org.triangulate.model.Claim;
import org.triangulate.model.Component;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Part;
import org.triangulate.model.Participant;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;

/**
 * A coded row as a document and its extraction. The document states the row in lines of text
 * ({@code Actor 1: Taliban.}), so that every claim has evidence like any report's; the
 * extraction is what the dataset codes, not what a reader of that text would find: the event
 * (type, day or month or year, place with the row's coordinates, toll), its sides as
 * participants, and claims whose speaker is the dataset: that the event happened, each named
 * side's part in it (hedged for a group the GTD codes as suspected), and (GTD) who claimed it.
 * Where the GTD codes competing claims ({@code compclaim}), each group's claim is kept and its
 * line says the claims compete; each claimant's part as perpetrator is then hedged, since the row
 * establishes the claims, not which claimant (if any) did it.
 * The GTD's second and third groups are further perpetrators ({@code Group 2: …}), its second and
 * third targets further targets ({@code Target 2: …}), its second and third attack types stated
 * beside the event's, which keeps the first ({@code Also coded as: …}: evidence of the event and
 * of the claim that it happened). Each cited outlet whose name can be read ({@link
 * CitedOutlets}) is an organisation named in its {@code Source:} line and a channel ({@link
 * Claim#via()}, first cited first) of every claim of the row. ACLED's associated actors ({@code assoc_actor_1},
 * {@code assoc_actor_2}, {@code ;} between names) take the part of the side they are associated
 * with, each named on its own line ({@code Associated with actor 1: A; B.}). Unnamed sides
 * ("Unidentified Armed Group", "Unknown", "Civilians") and identity groups ("Women (Afghanistan)",
 * "Hazara Ethnic Group (Afghanistan)") are participants without an entity and get no claim.
 * Stateless and thread-safe.
 */
public final class CodedDocuments {
  /** The pipeline every coded extraction records. */
  public static final String COMPONENT = "coded-rows";

  // ACLED's unnamed sides, and the identity groups it names among associated actors
  // ("Women (Afghanistan)", "Hazara Ethnic Group (Afghanistan)"): people, not organisations
  private static final Pattern UNNAMED = Pattern.compile("(?i)(unknown|unidentified|civilians"
      + "|protesters|rioters|women|students|journalists|teachers|children|refugees|prisoners"
      + "|farmers)\\b.*|(?i).*\\b(ethnic|religious|labou?r|christian|muslim|hindu|sikh|jewish"
      + "|buddhist) group\\b.*");
  private static final Map<String, String> COUNTRIES = countries();
  private static final String ASSOCIATES_1 = "Associated with actor 1: ";
  private static final String ASSOCIATES_2 = "Associated with actor 2: ";
  private static final String SEPARATOR = "; ";

  private CodedDocuments() {}

  /** A document and what the dataset codes in it. */
  public record Coded(Document document, Extraction extraction) {
    public Coded {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(extraction, "extraction");
    }
  }

  /**
   * The document and extraction of {@code e}.
   *
   * @param file the row's name, kept as the document's file
   * @param raw the row as CSV, kept as the document's raw bytes
   */
  public static Coded of(CodedEvent e, String file, String raw, Instant now) {
    Text t = new Text();
    Span title = t.line(Section.TITLE, e.dataset() + " " + e.id() + ": " + e.codedType()
        + (e.place().location() == null ? "" : " in " + e.place().location()));
    Span moreTypes = e.moreTypes().isEmpty() ? null
        : t.line(Section.BODY, "Also coded as: " + String.join(SEPARATOR, e.moreTypes()) + ".");
    t.line(Section.BODY, "Date: " + e.date() + ".");
    Span place = t.line(Section.BODY, "Place: " + placeChain(e.place()) + ".");
    List<Span> sides1 = sides(t, 1, e.sides1());
    Span associates1 = associates(t, ASSOCIATES_1, e.associates1());
    List<Span> sides2 = sides(t, 2, e.sides2());
    Span associates2 = associates(t, ASSOCIATES_2, e.associates2());
    List<String> claimants = e.sides1().stream().filter(Side::claimed)
        .map(s -> s.name() + (s.claimMode() == null ? "" : " (" + s.claimMode() + ")")).toList();
    Span claimed = claimants.isEmpty() ? null
        : t.line(Section.BODY, "Responsibility claimed by" + (e.competingClaims() ? " (competing claims)" : "")
            + ": " + String.join(SEPARATOR, claimants) + ".");
    if (e.killed() != null) {
      t.line(Section.BODY, "Fatalities: " + e.killed() + ".");
    }
    if (e.injured() != null) {
      t.line(Section.BODY, "Injured: " + e.injured() + ".");
    }
    List<Span> sources = new ArrayList<>();
    for (String source : e.sources()) {
      sources.add(t.line(Section.BODY, "Source: " + source + (source.endsWith(".") ? "" : ".")));
    }
    if (e.collection() != null) {
      t.line(Section.BODY, "Data collection: " + e.collection() + ".");
    }
    if (e.notes() != null) {
      t.line(Section.BODY, "Notes: " + e.notes());
    }
    Document doc = document(e, t, file, raw, now);
    Coding x = new Coding(doc, e);
    x.place(place, e.place());
    x.sides(sides1, 1, e.sides1(), e.type().side1(), true);
    x.associates(associates1, ASSOCIATES_1, e.associates1(), e.type().side1());
    // GTD's targets are descriptions ("police checkpoint"), not names
    x.sides(sides2, 2, e.sides2(), e.type().side2(), !e.dataset().equals("GTD"));
    x.associates(associates2, ASSOCIATES_2, e.associates2(), e.type().side2());
    x.outlets(sources, e.outlets());
    return new Coded(doc, x.extraction(title, moreTypes, claimed));
  }

  /**
   * One line per actor of a side: {@code Actor 1: Taliban.}, and for the GTD's further groups
   * and targets {@code Group 2: Haqqani Network (suspected).}, {@code Target 2: Checkpoint
   * (Police; Afghanistan).}
   */
  private static List<Span> sides(Text t, int side, List<Side> actors) {
    List<Span> lines = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      Side a = actors.get(i);
      List<String> extras = new ArrayList<>();
      if (a.detail() != null) {
        extras.add(side == 1 ? "subgroup " + a.detail() : a.detail());
      }
      if (a.suspected()) {
        extras.add("suspected");
      }
      lines.add(t.line(Section.BODY, label(side, i) + a.name()
          + (extras.isEmpty() ? "" : " (" + String.join(SEPARATOR, extras) + ")") + "."));
    }
    return lines;
  }

  private static String label(int side, int index) {
    return index == 0 ? "Actor " + side + ": " : (side == 1 ? "Group " : "Target ") + (index + 1) + ": ";
  }

  /** The line naming a side's associated actors, {@code ; } between them, or null when none. */
  private static @Nullable Span associates(Text t, String label, List<String> names) {
    return names.isEmpty() ? null : t.line(Section.BODY, label + String.join(SEPARATOR, names) + ".");
  }

  private static String placeChain(CodedPlace p) {
    List<String> chain = new ArrayList<>();
    for (String s : new String[] {p.location(), p.admin2(), p.admin1(), p.country()}) {
      if (s != null && !chain.contains(s)) {
        chain.add(s);
      }
    }
    String coordinates = p.lat() == null || p.lon() == null ? ""
        : String.format(Locale.ROOT, " (%.4f, %.4f)", p.lat(), p.lon());
    return String.join(", ", chain) + coordinates;
  }

  private static Document document(CodedEvent e, Text t, String file, String raw, Instant now) {
    String text = t.text.toString();
    Metadata meta = new Metadata(t.first(Section.TITLE), null, null, null, e.dataset(), null, false);
    // rows share a template: a fingerprint of the text would make them near-copies of each other
    long fingerprint = Long.parseUnsignedLong(
        ContentId.of(e.dataset() + "\t" + e.id()).value().substring(4), 16);
    Custody custody = new Custody(file, raw.getBytes(StandardCharsets.UTF_8), "text/csv", "UTF-8", now);
    return new Document(ContentId.of(text), text, t.parts, meta, "eng", fingerprint, custody);
  }

  /** The entities, participants and claims of one row, built as its lines are laid out. */
  private static final class Coding {
    private final Document doc;
    private final CodedEvent e;
    private final List<LocalEntity> entities = new ArrayList<>();
    private final List<Participant> participants = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<String> claimants = new ArrayList<>();
    private @Nullable String placeKey;
    private final List<String> outletKeys = new ArrayList<>();

    Coding(Document doc, CodedEvent e) {
      this.doc = doc;
      this.e = e;
    }

    void place(Span line, CodedPlace p) {
      String name = Objects.requireNonNull(firstNonNull(p.location(), p.admin2(), p.admin1(), p.country()));
      int start = line.start() + "Place: ".length();
      Geo geo = p.lat() == null || p.lon() == null ? null
          : countryCode(p.country()).map(c -> new Geo(p.lat(), p.lon(), c, p.admin1(), null)).orElse(null);
      placeKey = entity(EntityType.LOCATION, name, new Span(start, start + name.length()), geo);
    }

    void sides(List<Span> lines, int side, List<Side> actors, Role role, boolean nameable) {
      for (int i = 0; i < actors.size(); i++) {
        Side a = actors.get(i);
        Span line = lines.get(i);
        int start = line.start() + label(side, i).length();
        // rival claimants: the row establishes that each claimed it, not which one did it
        boolean contested = a.claimed() && e.competingClaims();
        String key = participant(line, start, a.name(), role, nameable,
            a.suspected() || contested ? Modality.HEDGED : Modality.ASSERTED);
        if (key != null && a.claimed()) {
          claimants.add(key);
        }
      }
    }

    /**
     * Each cited outlet whose name could be read, as an organisation named in its source line:
     * the row's claims came to the dataset through them (which of them for which claim, the row
     * does not say), so they are each claim's channels ({@link Claim#via()}), first cited first,
     * and the analysis counts the row within the origin of any of them.
     */
    void outlets(List<Span> lines, List<String> outlets) {
      for (String outlet : outlets) {
        for (Span line : lines) {
          int at = line.of(doc.text()).indexOf(outlet);
          if (at >= 0) {
            int start = line.start() + at;
            outletKeys.add(entity(EntityType.ORGANIZATION, outlet, new Span(start, start + outlet.length()), null));
            break;
          }
        }
      }
    }

    /** Each actor associated with a side takes that side's part, its name in the line as evidence. */
    void associates(@Nullable Span line, String label, List<String> names, Role role) {
      if (line == null) {
        return;
      }
      int start = line.start() + label.length();
      for (String name : names) {
        participant(line, start, name, role, true, Modality.ASSERTED);
        start += name.length() + SEPARATOR.length();
      }
    }

    /** A participant named at {@code start}; its entity's key, or null when it is not named. */
    private @Nullable String participant(Span line, int start, String name, Role role, boolean nameable,
        Modality modality) {
      if (!nameable || UNNAMED.matcher(name).matches()) {
        participants.add(new Participant(null, role, name));
        return null;
      }
      String key = entity(EntityType.ORGANIZATION, name, new Span(start, start + name.length()), null);
      participants.add(new Participant(key, role, name));
      claims.add(claim(key, role.predicate(), "v1", modality, line));
      return key;
    }

    Extraction extraction(Span title, @Nullable Span moreTypes, @Nullable Span claimed) {
      claims.add(0, claim("v1", Predicate.OCCURRED, null, Modality.ASSERTED, title, moreTypes));
      if (claimed != null) {
        claimants.forEach(k -> claims.add(claim(k, Predicate.CLAIMED, "v1", Modality.ASSERTED, claimed)));
      }
      if (!outletKeys.isEmpty()) {
        List<String> via = List.copyOf(outletKeys);
        claims.replaceAll(c -> new Claim(c.key(), c.speaker(), c.speakerText(), via, c.modality(),
            c.section(), c.subject(), c.predicate(), c.object(), c.evidence()));
      }
      TimeSpec time = new TimeSpec(e.date(), e.precision(), TimeSpec.Basis.EVENT, e.date(), null);
      List<Evidence> reported = moreTypes == null ? List.of(Evidence.of(doc, title))
          : List.of(Evidence.of(doc, title), Evidence.of(doc, moreTypes));
      Event event = new Event("v1", e.type().type(), time, e.killed(), e.injured(), placeKey,
          participants, reported);
      Pipeline pipeline = new Pipeline("1", List.of(new Component(COMPONENT, "1",
          Map.of("dataset", e.dataset(), "types", "event-types.tsv"))));
      return new Extraction(doc.id(), pipeline, entities, List.of(event), claims, List.of());
    }

    private String entity(EntityType type, String name, Span span, @Nullable Geo geo) {
      String key = "e" + (entities.size() + 1);
      Mention mention = new Mention(Evidence.of(doc, span), MentionKind.NAME);
      entities.add(new LocalEntity(key, type, name, List.of(), List.of(), List.of(mention), null, geo));
      return key;
    }

    /** A claim whose speaker is the dataset, with its lines as evidence. */
    private Claim claim(String subject, Predicate predicate, @Nullable String object, Modality modality,
        Span line, @Nullable Span... more) {
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(Evidence.of(doc, line));
      for (Span s : more) {
        if (s != null) {
          evidence.add(Evidence.of(doc, s));
        }
      }
      return new Claim("c" + (claims.size() + 1), null, e.dataset(), List.of(), modality,
          evidence.getFirst().section(), subject, predicate, object, evidence);
    }

    private static @Nullable String firstNonNull(@Nullable String... values) {
      for (String v : values) {
        if (v != null) {
          return v;
        }
      }
      return null;
    }
  }

  /** The document text, a line a part. */
  private static final class Text {
    private final StringBuilder text = new StringBuilder();
    private final List<Part> parts = new ArrayList<>();

    Span line(Section section, String line) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      Span span = new Span(text.length(), text.length() + line.length());
      text.append(line);
      parts.add(new Part(section, span));
      return span;
    }

    @Nullable String first(Section section) {
      return parts.stream().filter(p -> p.section() == section).findFirst()
          .map(p -> p.span().of(text.toString())).orElse(null);
    }
  }

  /** ISO 3166 alpha-2 codes by English country name, lower case. */
  private static Map<String, String> countries() {
    return java.util.Arrays.stream(Locale.getISOCountries()).collect(Collectors.toMap(
        code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT),
        code -> code, (a, b) -> a));
  }

  static Optional<String> countryCode(String name) {
    return Optional.ofNullable(COUNTRIES.get(name.strip().toLowerCase(Locale.ROOT)));
  }
}
