package org.triangulate.extract.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.triangulate.extract.entities.PlaceNames;
import org.triangulate.gazetteer.Context;
import org.triangulate.gazetteer.Gazetteer;
import org.triangulate.gazetteer.Place;
import org.triangulate.model.Alias;
import org.triangulate.model.EntityType;
import org.triangulate.model.LocalEntity;

/**
 * Gives the places of one document their {@link org.triangulate.model.Geo}: a stage over the
 * document's entities that needs their types, names and aliases and produces the same entities,
 * locations and facilities with coordinates, country and province where the gazetteer decides.
 *
 * <ul>
 *   <li>A location resolves by its name, else by its first alias that resolves, in the context of
 *       every other location the document names ("Hyderabad" beside "Karachi" is in Pakistan).
 *   <li>A facility takes the place its leading words name ("Kandahar Airfield" → Kandahar), but
 *       only when that place is unambiguous in the document's context.
 *   <li>Other entities, entities that already have a geo and names the gazetteer lacks are
 *       returned unchanged.
 * </ul>
 *
 * <p>Cost: one hash lookup per name, and per location one context of the others (quadratic in the
 * number of distinct location names, a few dozen at most). Thread-safe; the gazetteer is immutable.
 */
public final class PlaceResolver implements PlaceNames {
  /** A town a tagger's "person" yields to: big enough that a namesake person is the rarer reading. */
  private static final long TOWN_SIZE = 50_000;
  /** Leading words that begin a facility's description, not a place's name ("Camp Bastion"). */
  private static final Set<String> GENERIC = Set.of("the", "camp", "central", "national",
      "military", "main", "provincial", "district", "regional", "general", "civil", "police",
      "army", "air", "international", "public", "state", "federal", "royal", "old", "upper",
      "lower", "north", "south", "east", "west", "northern", "southern", "eastern", "western");

  private final Gazetteer gazetteer;

  /** A resolver over the gazetteer bundled with {@code triangulate-gazetteer}. */
  public PlaceResolver() {
    this(Gazetteer.bundled());
  }

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** True when {@code name} is a province's or a country's: "Jammu and Kashmir", not "Jammu". */
  @Override
  public boolean isDivision(String name) {
    return gazetteer.lookup(name).stream().anyMatch(p -> p.kind() != Place.Kind.CITY);
  }

  /** True when {@code name} is a town of {@link #TOWN_SIZE} people or more: "Dera Ismail Khan". */
  @Override
  public boolean isTown(String name) {
    return gazetteer.lookup(name).stream().anyMatch(p -> p.kind() == Place.Kind.CITY && p.population() >= TOWN_SIZE);
  }

  @Override
  public boolean liesIn(String name, String country) {
    List<Place> countries = gazetteer.lookup(country);
    if (countries.isEmpty() || countries.get(0).kind() != Place.Kind.COUNTRY) {
      return false;
    }
    String code = countries.get(0).country();
    return gazetteer.lookup(name).stream().anyMatch(p -> p.kind() != Place.Kind.COUNTRY && p.country().equals(code));
  }

  /** The same entities in the same order, places given their geo where it can be decided. */
  public List<LocalEntity> resolve(List<LocalEntity> entities) {
    List<String> locations = entities.stream()
        .filter(e -> e.type() == EntityType.LOCATION)
        .map(LocalEntity::name)
        .distinct()
        .toList();
    return entities.stream().map(e -> resolved(e, locations)).toList();
  }

  private LocalEntity resolved(LocalEntity entity, List<String> locations) {
    if (entity.geo() != null) {
      return entity;
    }
    Optional<Place> place = switch (entity.type()) {
      case LOCATION -> location(entity, locations);
      case FACILITY -> facility(entity, locations);
      default -> Optional.empty();
    };
    return place.map(p -> entity.withGeo(p.geo())).orElse(entity);
  }

  private Optional<Place> location(LocalEntity entity, List<String> locations) {
    Context context = Context.of(othersThan(entity, locations), gazetteer);
    return Stream.concat(Stream.of(entity.name()), entity.aliases().stream().map(Alias::name))
        .map(name -> gazetteer.resolve(name, context))
        .flatMap(Optional::stream)
        .findFirst()
        .or(() -> division(entity.name(), context));
  }

  /**
   * A province or country the gazetteer spells otherwise ("Paktiya" for Paktia), when exactly
   * one such division lies in the document's countries (or, in a document whose places say no
   * country, exactly one exists at all).
   */
  private Optional<Place> division(String name, Context context) {
    List<Place> like = gazetteer.divisionsSpeltLike(name);
    List<Place> candidates = context.countries().isEmpty() ? like
        : like.stream().filter(p -> context.countries().contains(p.country())).toList();
    return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
  }

  private Optional<Place> facility(LocalEntity entity, List<String> locations) {
    Context context = Context.of(locations, gazetteer);
    for (String words : leadingWords(entity.name())) {
      Optional<Place> place = gazetteer.findUnambiguous(words, context);
      if (place.isPresent()) {
        return place;
      }
    }
    return Optional.empty();
  }

  /** "Kabul International Airport" → "Kabul International", "Kabul": longest first, head left out. */
  static List<String> leadingWords(String facility) {
    List<String> words = new ArrayList<>(Arrays.asList(facility.trim().split("\\s+")));
    if (!words.isEmpty() && words.get(0).equalsIgnoreCase("the")) {
      words.remove(0);
    }
    List<String> prefixes = new ArrayList<>();
    if (words.isEmpty() || GENERIC.contains(words.get(0).toLowerCase(Locale.ROOT))
        || !Character.isUpperCase(words.get(0).codePointAt(0))) {
      return prefixes;
    }
    for (int n = words.size() - 1; n >= 1; n--) {
      prefixes.add(String.join(" ", words.subList(0, n)));
    }
    return prefixes;
  }

  /** The document's location names but the entity's own, so that it does not vote for itself. */
  private static List<String> othersThan(LocalEntity entity, List<String> locations) {
    List<String> own = Stream.concat(Stream.of(entity.name()),
            entity.aliases().stream().map(Alias::name))
        .map(n -> n.toLowerCase(Locale.ROOT))
        .toList();
    return locations.stream().filter(n -> !own.contains(n.toLowerCase(Locale.ROOT))).toList();
  }
}
