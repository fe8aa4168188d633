/** Content ids and near-duplicate fingerprints of document text. */
@NullMarked
package org.triangulate.ingest.fingerprint;

import org.jspecify.annotations.NullMarked;
