/**
 * Time expressions read against a document's date: "on February 9", "last May", "two days ago",
 * "on Thursday", "between May and July". News reports speak of the past, so a date without a
 * year is the latest one on or before the anchor unless the tense says future; SUTime's own
 * normalisation is only a fallback (it reads "last May 6" in February as the coming May, as in
 * CoreNLP issue 783).
 */
@NullMarked
package org.triangulate.extract.time;

import org.jspecify.annotations.NullMarked;
