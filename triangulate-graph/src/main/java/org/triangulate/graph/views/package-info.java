/**
 * Read models for the HTTP API and the web UI: a document with its text, mentions, events and
 * claims; an entity with the evidence for each alias and the claims about it by speaker; a link
 * with its claims grouped by origin; the entity graph, places, fuzzy name search, citations, and
 * analysts' notes. Each view is a record whose component names are its JSON keys, read in one
 * call on one connection ({@link org.triangulate.graph.store.Store#read}). Stateless readers,
 * immutable results: thread-safe.
 */
@NullMarked
package org.triangulate.graph.views;

import org.jspecify.annotations.NullMarked;
