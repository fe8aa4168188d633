package org.triangulate.gazetteer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Geo;

/**
 * A place the gazetteer knows.
 *
 * @param id GeoNames id for a city ({@code 1138958}), ISO 3166-2 code for a province
 *     ({@code AF-NAN}), ISO 3166-1 alpha-2 code for a country ({@code AF})
 * @param name its name as the gazetteer writes it ("Jalālābād")
 * @param lat latitude in degrees; a province's or country's centre
 * @param lon longitude in degrees
 * @param country ISO 3166-1 alpha-2 code
 * @param province the first-level division it lies in (a province's own name), or null
 * @param kind city (any populated place), province or country
 * @param population inhabitants; for provinces and countries the sum of their places'
 */
public record Place(String id, String name, double lat, double lon, String country,
    @Nullable String province, Kind kind, long population) {

  /** What sort of place: GeoNames populated places are cities, however small. */
  public enum Kind {
    CITY,
    PROVINCE,
    COUNTRY
  }

  private static final double EARTH_RADIUS_KM = 6371.0;

  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
  }

  /** Where it is, as the model records it. */
  public Geo geo() {
    return new Geo(lat, lon, country, province, id);
  }

  /** Great-circle (haversine) distance to another place in kilometres. */
  public double distanceKm(Place other) {
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat))
            * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Whether this place lies within {@code other}: its province or its country. */
  boolean liesIn(Place other) {
    return switch (other.kind) {
      case COUNTRY -> kind != Kind.COUNTRY && country.equals(other.country);
      case PROVINCE -> kind == Kind.CITY && country.equals(other.country)
          && other.name.equals(province);
      case CITY -> false;
    };
  }
}
