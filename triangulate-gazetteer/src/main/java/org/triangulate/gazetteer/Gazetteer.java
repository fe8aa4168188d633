package org.triangulate.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Place names to places, offline: about 200,000 GeoNames populated places (population 500 and
 * more), 5,000 provinces and 250 countries, with their Latin-script alternate names.
 *
 * <p>{@link #lookup} is a hash lookup of the name's folded key (case, accents, apostrophes and
 * hyphens ignored), plus a second one without a designator ("Kabul province" → "Kabul" as a
 * province); candidates come by population, a province after the city of the same name that lies
 * in it ("Kabul" the city before Kabul the province). {@link #resolve} picks one with a document's
 * {@link Context}. Immutable and thread-safe; {@link #bundled()} loads the packed data once, on
 * first use, in under a second, and holds about 85 MB of heap.
 */
public final class Gazetteer {
  /** Places closer than this count as the same for ambiguity. */
  private static final double SAME_PLACE_KM = 50;

  /** A candidate is ambiguous unless it has this many times the population of a rival. */
  private static final int DOMINANCE = 10;
  /**
   * A place outside every country the document names is meant only when it is a country or this
   * populous: a report on Iraq names Paris in passing, not the hamlet of Ambar in Turkey for
   * "Anbar" nor Cashmere, Washington for "Kashmir".
   */
  private static final long ABROAD_SIZE = 100_000;
  /**
   * A city this size is what its name means wherever the document is, unless the namesake in the
   * document's countries is a hundredth of its size or more (Paris, Texas, in a report from Texas).
   */
  private static final long GREAT_CITY = 1_000_000;

  private final List<Place> places;
  private final Map<String, int[]> index;

  Gazetteer(List<Place> places, Map<String, int[]> index) {
    this.places = List.copyOf(places);
    this.index = index;
  }

  /** The gazetteer shipped in this jar, loaded on first use. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** Holder idiom: the JVM loads the data once, on first use, thread-safely. */
  private static final class Bundled {
    static final Gazetteer INSTANCE = PlaceFile.bundled();
  }

  /**
   * The provinces and countries whose names are spelt like {@code name} but for vowels and doubled
   * letters ("Paktiya", "Paktya" and "Paktia"; "Nangrahar" and "Nangarhar"; not "Wardag" and
   * "Wardak"): transliterations of first-level divisions vary that way. Names of fewer than three
   * consonants match nothing.
   */
  public List<Place> divisionsSpeltLike(String name) {
    String key = consonants(name);
    if (key.length() < 3) {
      return List.of();
    }
    return Divisions.of(this).getOrDefault(key, List.of());
  }

  static String consonants(String name) {
    String k = NameKey.of(name).replaceAll("\\b(province|state|region|governorate)\\b", "");
    return k.replaceAll("[^a-z]", "").replaceAll("[aeiouy]", "").replaceAll("(.)\\1+", "$1");
  }

  /** The divisions by consonant key, built on first use. */
  private static final class Divisions {
    private static final java.util.Map<Gazetteer, Map<String, List<Place>>> BUILT =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static Map<String, List<Place>> of(Gazetteer g) {
      return BUILT.computeIfAbsent(g, x -> {
        Map<String, List<Place>> out = new java.util.HashMap<>();
        for (Place p : x.places) {
          if (p.kind() != Place.Kind.CITY) {
            out.computeIfAbsent(consonants(p.name()), k -> new ArrayList<>()).add(p);
          }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
      });
    }
  }

  /** How many places it knows. */
  public int size() {
    return places.size();
  }

  /**
   * Every place of that name, the most populous first; with a designator ("Kabul province",
   * "city of Kandahar") only places of that kind if there are any. Empty when it knows none.
   */
  public List<Place> lookup(String name) {
    String key = NameKey.of(name);
    int[] hits = hits(key);
    if (hits != null) {
      return seatsFirst(places(hits, null));
    }
    return NameKey.designated(key)
        .map(d -> {
          int[] h = hits(d.key());
          return h == null ? List.<Place>of() : seatsFirst(places(h, d.kind()));
        })
        .orElse(List.of());
  }

  /**
   * The places indexed under the key, or under the key without its Arabic article when none is
   * ("al-Hit" for Hīt); null when neither is known. Only Arabic places' article-less names are
   * in the index, so the article is dropped from the query only where it could belong.
   */
  private int @Nullable [] hits(String key) {
    int[] hits = index.get(key);
    if (hits != null) {
      return hits;
    }
    return NameKey.withoutArticle(key).map(bare -> {
      int[] h = index.get(bare);
      if (h == null) {
        return null;
      }
      int[] arabic = Arrays.stream(h).filter(i -> NameKey.arabicNamed(places.get(i).country())).toArray();
      return arabic.length == 0 ? null : arabic;
    }).orElse(null);
  }

  /**
   * The place a document most likely means by {@code name}: among the candidates of
   * {@link #lookup}, those in the context's countries, then of those the ones near the context's
   * other places, then the first (by population, the designated kind if the name has one). When
   * the context names countries and no candidate lies in them, only a country, a province named
   * as one ("Paktika province"), or a place of {@link #ABROAD_SIZE} people or more: a small
   * namesake abroad is not what the document means. A small town the name calls by another of
   * its names (see {@link Context}) is meant only in a document about its country.
   */
  public Optional<Place> resolve(String name, Context context) {
    List<Place> candidates = lookup(name);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Place top = preferred(candidates, context).get(0);
    boolean abroad = !context.countries().isEmpty() && !context.countries().contains(top.country());
    boolean calledDivision = top.kind() == Place.Kind.PROVINCE && NameKey.designated(NameKey.of(name)).isPresent();
    if (abroad && top.kind() != Place.Kind.COUNTRY && !calledDivision && top.population() < ABROAD_SIZE) {
      return Optional.empty();
    }
    if (!Context.votes(top, name) && !context.countries().contains(top.country())) {
      return Optional.empty(); // "Kashmir", to the gazetteer an old name of Cashmere, Washington
    }
    return Optional.of(top);
  }

  /**
   * The place {@code name} means when nothing else could be meant: of the candidates in the
   * context's countries (all, when it names none) and near its other places, the first has ten
   * times the population of every other that is neither within 50 km of it nor contains it nor
   * lies in it. Empty when no candidate or more than one qualify ("Hyderabad": India and
   * Pakistan).
   */
  public Optional<Place> findUnambiguous(String name, Context context) {
    List<Place> candidates = lookup(name);
    if (!context.countries().isEmpty()) {
      candidates = candidates.stream().filter(p -> context.countries().contains(p.country())).toList();
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<Place> near = narrow(candidates, context::isNear);
    Place top = near.get(0);
    boolean dominant = near.stream().skip(1).allMatch(other -> compatible(top, other));
    return dominant ? Optional.of(top) : Optional.empty();
  }

  private static boolean compatible(Place top, Place other) {
    return top.liesIn(other) || other.liesIn(top)
        || top.distanceKm(other) <= SAME_PLACE_KM
        || (other.population() + 1) * DOMINANCE <= top.population() + 1;
  }

  private static List<Place> preferred(List<Place> candidates, Context context) {
    Place first = candidates.get(0);
    boolean greatCity = first.kind() == Place.Kind.CITY && first.population() >= GREAT_CITY;
    // "Kabul" in a report that names the United States is still Kabul, not a hamlet in Missouri
    List<Place> inCountries = narrow(candidates, p -> context.countries().contains(p.country())
        && (!greatCity || (p.population() + 1) * DOMINANCE * DOMINANCE > first.population()));
    return narrow(inCountries, context::isNear);
  }

  /** The places that pass, or all of them when none does. */
  private static List<Place> narrow(List<Place> places, Predicate<Place> test) {
    List<Place> passing = places.stream().filter(test).toList();
    return passing.isEmpty() ? places : passing;
  }

  private List<Place> places(int[] hits, Place.@Nullable Kind kind) {
    List<Place> all = new ArrayList<>(hits.length);
    for (int hit : hits) {
      all.add(places.get(hit));
    }
    return kind == null ? all : narrow(all, p -> p.kind() == kind);
  }

  /** Moves each province behind the city of its name that lies in it ("Kandahar"). */
  private static List<Place> seatsFirst(List<Place> byPopulation) {
    List<Place> ordered = new ArrayList<>(byPopulation);
    for (Place province : byPopulation) {
      if (province.kind() != Place.Kind.PROVINCE) {
        continue;
      }
      byPopulation.stream().filter(c -> c.liesIn(province)).findFirst().ifPresent(seat -> {
        if (ordered.indexOf(province) < ordered.indexOf(seat)) {
          ordered.remove(province);
          ordered.add(ordered.indexOf(seat) + 1, province);
        }
      });
    }
    return List.copyOf(ordered);
  }
}
