/**
 * Language analysis as the rules see it: sentences, tokens with part of speech and lemma, and
 * named-entity spans, all as offsets into the document's text. An adapter (CoreNLP) fills these
 * records; nothing here names a library type.
 */
@NullMarked
package org.triangulate.extract.nlp;

import org.jspecify.annotations.NullMarked;
