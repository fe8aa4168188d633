/**
 * The store: opening it on an embedded or a server PostgreSQL, saving one document per
 * transaction, and reading documents and entities back.
 */
@NullMarked
package org.triangulate.graph.store;

import org.jspecify.annotations.NullMarked;
