/**
 * The extraction stage: a pure function from a {@link org.triangulate.model.Document} to an
 * {@link org.triangulate.model.Extraction}. The language analysis it builds on comes through
 * {@link org.triangulate.extract.nlp.TextAnalyzer}, so no NLP library's types appear here; the
 * rules that turn that analysis into entities, aliases and roles live in sub-packages.
 */
@NullMarked
package org.triangulate.extract;

import org.jspecify.annotations.NullMarked;
