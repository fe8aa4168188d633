package org.triangulate.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a document says about where it is: the countries it names or whose places it names
 * unambiguously, and those places. {@link Gazetteer#resolve} prefers candidates in these countries
 * and near these places. Immutable.
 *
 * @param countries ISO 3166-1 alpha-2 codes
 * @param others places the document names that the gazetteer resolved without doubt
 */
public record Context(Set<String> countries, List<Place> others) {
  /** Within this distance of a place the document names, a candidate is near it. */
  private static final double NEAR_KM = 250;

  /** A small place the document names only by another of its names is no evidence of where it is. */
  private static final long NAMESAKE_SIZE = 10_000;

  private static final Context NONE = new Context(Set.of(), List.of());

  public Context {
    countries = Set.copyOf(countries);
    others = List.copyOf(others);
  }

  /** A context that says nothing: resolution falls back to population. */
  public static Context none() {
    return NONE;
  }

  /**
   * The context of a document that names these places: each name whose most populous candidate
   * is a country adds that country; each other name the gazetteer resolves unambiguously
   * ({@link Gazetteer#findUnambiguous} without context) adds its place and the place's country.
   * Leave out the name to be resolved, or it votes for itself.
   */
  public static Context of(Collection<String> placeNamesInTheDocument, Gazetteer gazetteer) {
    Set<String> countries = new LinkedHashSet<>();
    List<Place> others = new ArrayList<>();
    for (String name : new LinkedHashSet<>(placeNamesInTheDocument)) {
      List<Place> candidates = gazetteer.lookup(name);
      Optional<Place> place = !candidates.isEmpty()
          && candidates.get(0).kind() == Place.Kind.COUNTRY
          ? Optional.of(candidates.get(0))
          : gazetteer.findUnambiguous(name, NONE);
      place.filter(p -> votes(p, name)).ifPresent(p -> {
        countries.add(p.country());
        others.add(p);
      });
    }
    return new Context(countries, others);
  }

  /**
   * Whether a place the document names says where the document is: a country, a division, a town
   * named by its own name, or one of {@link #NAMESAKE_SIZE} people or more. "Kashmir" is an old
   * name of Cashmere, Washington, which puts no document about Kashmir in the United States.
   */
  static boolean votes(Place place, String name) {
    return place.kind() != Place.Kind.CITY || place.population() >= NAMESAKE_SIZE
        || ownName(place, name);
  }

  /**
   * Whether {@code name} is the place's own name, with or without a designator or the Arabic
   * article ("Panjgur District" and "Panjgur", "Bab" and "Al Bab"), not another of its names.
   */
  private static boolean ownName(Place place, String name) {
    String own = NameKey.of(place.name());
    String key = NameKey.of(name);
    String bare = NameKey.designated(key).map(NameKey.Designated::key).orElse(key);
    return java.util.stream.Stream.of(key, bare).anyMatch(k -> k.equals(own)
        || NameKey.withoutArticle(own).filter(k::equals).isPresent()
        || NameKey.withoutArticle(k).filter(own::equals).isPresent());
  }

  /** Whether a candidate is near a city or province of the document, or inside one of them. */
  boolean isNear(Place candidate) {
    for (Place other : others) {
      if (other.kind() != Place.Kind.COUNTRY
          && (candidate.liesIn(other) || other.liesIn(candidate)
              || candidate.distanceKm(other) <= NEAR_KM)) {
        return true;
      }
    }
    return false;
  }
}
