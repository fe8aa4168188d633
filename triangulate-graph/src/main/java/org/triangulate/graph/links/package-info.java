/**
 * Links and conflicts, derived from the stored claims: who is linked to whom and to which
 * events, how many independent origins stand behind each link, its Admiralty grade with the
 * reasons for it, and the events whose claimed responsibility differs from the attributed one.
 * Nothing here is stored; it is recomputed from the claims each time it is asked for.
 */
@NullMarked
package org.triangulate.graph.links;

import org.jspecify.annotations.NullMarked;
