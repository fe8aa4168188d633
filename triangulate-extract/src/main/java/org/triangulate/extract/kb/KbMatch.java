package org.triangulate.extract.kb;

import org.triangulate.model.Span;

/**
 * A knowledge-base name found in a text.
 *
 * @param span where the name is, as offsets into the scanned text
 * @param text the name as written there
 * @param group the group it names
 * @param former whether the name is one of the group's {@linkplain Group#formerNames() former
 *     names}
 */
public record KbMatch(Span span, String text, Group group, boolean former) {}
