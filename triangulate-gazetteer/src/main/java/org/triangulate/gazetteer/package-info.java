/**
 * An offline gazetteer: place names in reports resolve to coordinates, country and province.
 * {@link org.triangulate.gazetteer.Gazetteer#bundled()} loads {@code places.tsv.gz}, packed at
 * build time from GeoNames cities500 (GeoNames (geonames.org), CC BY 4.0) and the provinces and
 * countries of country-state-city (GPL-3.0); {@link org.triangulate.gazetteer.Context} lets the
 * other places a document names decide an ambiguous one.
 */
@NullMarked
package org.triangulate.gazetteer;

import org.jspecify.annotations.NullMarked;
