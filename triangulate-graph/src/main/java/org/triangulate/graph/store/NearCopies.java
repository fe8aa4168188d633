package org.triangulate.graph.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.triangulate.model.Fingerprints;

/**
 * Finds, for fingerprints about to be stored, the earliest stored document each is a near-copy
 * of ({@link Fingerprints}: at most {@link Fingerprints#MAX_DISTANCE} bits apart). Reads only the
 * documents that agree with a fingerprint on one of its four 16-bit blocks, through the indexes of
 * schema 9: with at most three bits apart, a near-copy always does (pigeonhole), so the answer is
 * what comparing with every stored document gives, at a cost that grows with the matches instead
 * of with the store. Stateless.
 */
final class NearCopies {
  // the candidates first, each through its block index; not an ordinal-ordered scan of the store
  private static final String STORED = """
      WITH f AS (SELECT fp, i FROM unnest(CAST(:prints AS bigint[])) WITH ORDINALITY AS f(fp, i)),
      candidates AS MATERIALIZED (
        SELECT f.i, d.id, d.ordinal FROM f JOIN documents d
          ON (d.fingerprint >> 48) & 65535 = (f.fp >> 48) & 65535
          OR (d.fingerprint >> 32) & 65535 = (f.fp >> 32) & 65535
          OR (d.fingerprint >> 16) & 65535 = (f.fp >> 16) & 65535
          OR d.fingerprint & 65535 = f.fp & 65535
        WHERE bit_count((d.fingerprint # f.fp)::bit(64)) <= :maxDistance)
      SELECT DISTINCT ON (i) i, id FROM candidates ORDER BY i, ordinal
      """;

  static {
    if (Fingerprints.MAX_DISTANCE > 3) { // four blocks no longer catch every near-copy
      throw new IllegalStateException("near-copy lookup by four blocks needs MAX_DISTANCE <= 3: "
          + Fingerprints.MAX_DISTANCE);
    }
  }

  private NearCopies() {}

  /** The earliest stored near-copy by position in {@code prints}; absent when there is none. */
  static Map<Integer, String> stored(Handle h, List<Long> prints) {
    Map<Integer, String> out = new HashMap<>();
    if (prints.isEmpty()) {
      return out;
    }
    h.createQuery(STORED)
        .bindArray("prints", Long.class, prints)
        .bind("maxDistance", Fingerprints.MAX_DISTANCE)
        .map((rs, ctx) -> Map.entry(rs.getInt("i") - 1, rs.getString("id")))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
