/** Events in time order, for an entity or for everything: the timeline view of the graph. */
@NullMarked
package org.triangulate.graph.timeline;

import org.jspecify.annotations.NullMarked;
