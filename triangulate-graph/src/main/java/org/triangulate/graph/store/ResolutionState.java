package org.triangulate.graph.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Which documents await cross-document resolution ({@code documents.resolved}, schema 7), and
 * the advisory lock by which a running batch keeps other processes from resolving its documents
 * before it does. Stateless, so thread-safe.
 *
 * <p>A document is marked resolved only by the transaction of a resolution that read it, and
 * only if its row is the version that resolution read (its {@code xmin}): a document saved or
 * re-extracted while the resolution ran stays unresolved. A crash therefore never leaves a
 * document marked resolved that was not; at worst one resolved twice.
 */
final class ResolutionState {
  /** The advisory lock key a batch holds shared while it saves and resolves ("tribatch"). */
  static final long BATCH = 0x74726962_61746368L;

  private ResolutionState() {}

  /** A document awaiting resolution, with the version of its row that was read. */
  record Unresolved(String id, String version) {}

  /** The unresolved documents, in store order. */
  static List<Unresolved> unresolved(Handle h) {
    return h.createQuery("SELECT id, xmin::text AS v FROM documents WHERE NOT resolved ORDER BY ordinal")
        .map((rs, ctx) -> new Unresolved(rs.getString("id"), rs.getString("v"))).list();
  }

  /** Marks {@code read} resolved, each only if its row has not changed since it was read. */
  static void markResolved(Handle h, List<Unresolved> read) {
    if (read.isEmpty()) {
      return;
    }
    h.createUpdate("""
            UPDATE documents d SET resolved = true
            FROM unnest(CAST(:ids AS text[]), CAST(:versions AS text[])) AS r(id, version)
            WHERE d.id = r.id AND d.xmin = CAST(r.version AS xid)""")
        .bind("ids", read.stream().map(Unresolved::id).toArray(String[]::new))
        .bind("versions", read.stream().map(Unresolved::version).toArray(String[]::new))
        .execute();
  }

  /**
   * Takes the batch lock exclusively for the caller's transaction if no batch holds it: false
   * while another process's batch is saving (its unresolved documents are its own).
   */
  static boolean noBatchRunning(Handle h) {
    return h.createQuery("SELECT pg_try_advisory_xact_lock(:key)").bind("key", BATCH)
        .mapTo(Boolean.class).one();
  }

  /** Holds the batch lock shared on {@code h}'s session until {@link #release}. */
  static void hold(Handle h) {
    h.execute("SELECT pg_advisory_lock_shared(?)", BATCH);
  }

  /** Releases what {@link #hold} took: session locks outlive a pooled connection's loan. */
  static void release(Handle h) {
    h.createQuery("SELECT pg_advisory_unlock_shared(:key)").bind("key", BATCH)
        .mapTo(Boolean.class).one();
  }
}
