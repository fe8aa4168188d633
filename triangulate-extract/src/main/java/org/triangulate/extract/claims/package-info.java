/**
 * Claims within one document: who says what, how. Attribution comes from reporting verbs and
 * "according to" (direct quotes and, more often, reported speech), follows a speaker across
 * "he added" and multi-sentence quotes, keeps the channel ("citing", a released video) apart from
 * the speaker, and falls back to the article itself; reader comments are their own speakers.
 * What is claimed comes from the events of the sentence, responsibility and denial, relations
 * between groups, and the roles the text gives people.
 */
@NullMarked
package org.triangulate.extract.claims;

import org.jspecify.annotations.NullMarked;
