/**
 * The Stanford CoreNLP adapter: the one package where CoreNLP types live. It fills the neutral
 * {@link org.triangulate.extract.nlp.Analysis} records that the extraction rules read.
 */
@NullMarked
package org.triangulate.corenlp;

import org.jspecify.annotations.NullMarked;
