/**
 * Events within one document: triggers from a lexicon in context, typed in the export's
 * ACLED/GTD-aligned vocabulary; negated, generic and merely planned events told apart; time,
 * place, casualties and participants read from the dependency parse; mentions of one event
 * merged.
 */
@NullMarked
package org.triangulate.extract.events;

import org.jspecify.annotations.NullMarked;
