/**
 * The armed-groups knowledge base: a curated data file ({@code armed-groups.txt}, beside this
 * package's classes) of groups, their names, acronyms, former names, years and relations, and
 * {@link org.triangulate.extract.kb.KnowledgeBase}, which resolves a name to a group and finds
 * every known name in a text. Users may extend or override the bundled records with files of the
 * same format.
 */
@NullMarked
package org.triangulate.extract.kb;

import org.jspecify.annotations.NullMarked;
