package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.Cli.Run;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.Event;
import org.triangulate.model.Extraction;

/**
 * {@code reextract} on two ingested samples whose stored extraction is made to lack an event
 * (as if an older rule had missed it): it finds the event again, says so, and keeps the
 * analyst's merge and event correction. CoreNLP loads once for the class.
 */
class ReextractIT {
  @TempDir static Path data;

  static Run store(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return run(all);
  }

  @BeforeAll
  static void ingestTwoSamples() {
    Run r = store("ingest", "--as-of", "2026-11-25", Path.of("..", "samples",
        "01-kabul-cell-arrest.txt").toString(), Path.of("..", "samples",
        "02-jalalabad-bombing.txt").toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void reextractFindsWhatTheStoredExtractionMissedAndKeepsCorrections() {
    assertThat(store("reextract", "--changed-only").out())
        .contains("nothing to re-extract: every extracted document was extracted by this pipeline");
    String dropped = dropTheLastEventOfADocumentWithTwo();
    String kept = firstId("evt-", store("timeline").out(), dropped);
    Run retype = store("retype", kept, "KIDNAPPING", "--why", "invented: a test", "--by", "tester");
    assertThat(retype.exit()).as(retype.err()).isZero();
    List<String> people = ids(store("entities", "--type", "person").out());
    Run merge = store("merge", people.get(0), people.get(1), "--why", "invented: a test");
    assertThat(merge.exit()).as(merge.err()).isZero();
    int entitiesBefore = ids(store("entities").out()).size();

    Run reextract = store("reextract");

    assertThat(reextract.exit()).as(reextract.err()).isZero();
    assertThat(reextract.out()).contains("2 re-extracted, 0 failed")
        .containsPattern("events: [1-9]\\d* gained, 0 lost");
    assertThat(store("show", dropped).exit()).isZero();
    assertThat(store("show", kept).out()).startsWith(kept + "  KIDNAPPING")
        .contains("CORRECTED: retyped as KIDNAPPING by tester");
    assertThat(ids(store("entities").out())).hasSize(entitiesBefore);
    assertThat(store("reextract").out()).contains("nothing changed");
  }

  /** Replaces one stored extraction with itself less its last event; returns that event's id. */
  private static String dropTheLastEventOfADocumentWithTwo() {
    try (Store s = Store.open(new StoreLocation.Embedded(data))) {
      for (var summary : s.documents()) {
        Extraction x = s.findExtraction(summary.id()).orElseThrow();
        if (x.events().size() < 2) {
          continue;
        }
        Event last = x.events().getLast();
        List<Claim> claims = x.claims().stream().filter(c -> !c.subject().equals(last.key())
            && !last.key().equals(c.object())).toList();
        Document doc = s.findDocument(summary.id()).orElseThrow();
        String id = s.show(summary.id().value()).isPresent()
            ? exportId(s, summary.id().value(), last.key()) : "";
        s.replaceExtraction(doc, new Extraction(x.document(), x.pipeline(), x.entities(),
            x.events().subList(0, x.events().size() - 1), claims, x.problems()));
        s.resolve();
        return id;
      }
    }
    throw new AssertionError("no sample document with two events");
  }

  private static String exportId(Store s, String doc, String key) {
    return s.read("event id", h -> h.createQuery(
            "SELECT export_id FROM events WHERE document = :d AND key = :k")
        .bind("d", doc).bind("k", key).mapTo(String.class).one());
  }

  private static List<String> ids(String listing) {
    return listing.lines().map(l -> l.split("\\s+")[0]).filter(t -> t.startsWith("ent-")).toList();
  }

  private static String firstId(String prefix, String text, String not) {
    Set<String> all = java.util.regex.Pattern.compile(prefix + "[0-9a-f]{12}").matcher(text)
        .results().map(m -> m.group()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    all.remove(not);
    assertThat(all).as("an id starting " + prefix + " in:\n" + text).isNotEmpty();
    return all.iterator().next();
  }
}
