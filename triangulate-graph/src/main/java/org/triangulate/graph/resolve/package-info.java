/**
 * Cross-document resolution: which document-local entities are one person, organisation or
 * place ({@link org.triangulate.graph.resolve.EntityResolver}), and which reported events are one
 * event ({@link org.triangulate.graph.resolve.EventCoreference}). Both work on plain in-memory
 * records, so that the store ({@link org.triangulate.graph.resolve.StoredResolution}), a benchmark
 * and Spark can drive them alike; both block on keys and never compare all pairs.
 */
@NullMarked
package org.triangulate.graph.resolve;

import org.jspecify.annotations.NullMarked;
