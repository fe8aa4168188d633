package org.triangulate.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a place is, from the gazetteer.
 *
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param country ISO 3166-1 alpha-2 code ("AF")
 * @param province first-level division name ("Nangarhar"), or null
 * @param gazetteerId the gazetteer's id for the place (GeoNames id), or null
 */
public record Geo(double lat, double lon, String country, @Nullable String province, @Nullable String gazetteerId) {
  public Geo {
    Objects.requireNonNull(country, "country");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("coordinates out of range: lat=" + lat + ", lon=" + lon);
    }
  }
}
