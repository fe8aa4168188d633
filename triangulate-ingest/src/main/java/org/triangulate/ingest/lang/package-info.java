/** Language identification with Apache OpenNLP's language detector. */
@NullMarked
package org.triangulate.ingest.lang;

import org.jspecify.annotations.NullMarked;
