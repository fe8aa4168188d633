/**
 * Places named in a document, resolved offline with the gazetteer of {@code triangulate-gazetteer}:
 * {@link org.triangulate.extract.places.PlaceResolver} gives location and facility entities
 * coordinates, country and province, each decided in the context of the other places the
 * document names.
 */
@NullMarked
package org.triangulate.extract.places;

import org.jspecify.annotations.NullMarked;
