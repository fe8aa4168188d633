/**
 * Publication dates: parsing the ISO dates pages and headers state, and inferring one from a
 * weekday with a day and month in the text when none is stated.
 */
@NullMarked
package org.triangulate.ingest.dates;

import org.jspecify.annotations.NullMarked;
