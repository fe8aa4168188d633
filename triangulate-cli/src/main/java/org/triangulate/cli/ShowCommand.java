package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.store.EntitySummary;
import org.triangulate.graph.store.Shown;
import org.triangulate.graph.store.Store;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate show ID}: a document, an entity, an event, a claim or a link in full. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a document (doc-…), an entity (ent-…), an event (evt-…), a claim (clm-…) or a link "
        + "(SOURCE~TARGET~TYPE, as links --explain prints it).")
final class ShowCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "A document, entity, event, claim or link id.")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      if (id.contains("~")) {
        link(out, store);
        return Main.OK;
      }
      Shown shown = store.show(id).orElseThrow(() -> new IllegalArgumentException(id + ": " + notFound(id)));
      switch (shown) {
        case Shown.DocumentView d -> document(out, d);
        case Shown.EntityView e -> entity(out, e);
        case Shown.EventView e -> EventClaimPrinter.event(out, e);
        case Shown.ClaimView c -> {
          Optional<Document> doc = store.findDocument(new DocumentId(c.document()));
          EventClaimPrinter.claim(out, c, offset -> doc.map(d -> d.findPage(offset)).orElse(OptionalInt.empty()));
        }
      }
      out.flush();
    }
    return Main.OK;
  }

  /**
   * A link ({@code SOURCE~TARGET~TYPE}, as {@code links --explain} prints it): its grade and how it
   * was reached, then every claim behind it, which {@code show clm-…} shows in full.
   */
  private void link(PrintWriter out, Store store) {
    Link l = store.evidence(SourceTable.load(List.of())).links().stream().filter(x -> LinksCommand.id(x).equals(id))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(id + ": no link with this id: links --explain prints them"));
    out.println(id);
    LinksCommand.print(out, new Names(store), l, true);
    out.println("claims:");
    l.claims().forEach(c -> out.println("  " + c));
    out.flush();
  }

  /** Why nothing was found: an unknown id of a known kind, or an id of no kind at all. */
  static String notFound(String id) {
    for (String kind : new String[] {"doc-:document", "ent-:entity", "evt-:event", "clm-:claim"}) {
      String[] prefixAndName = kind.split(":");
      if (id.startsWith(prefixAndName[0])) {
        return "no " + prefixAndName[1] + " with this id is stored";
      }
    }
    return "not an id: ids start with doc-, ent-, evt- or clm-, and a link's is SOURCE~TARGET~TYPE";
  }

  private static void document(PrintWriter out, Shown.DocumentView d) {
    var m = d.meta();
    out.println(d.summary().id() + "  " + (m.title() == null ? "(untitled)" : m.title()));
    line(out, "published", m.published() == null ? null
        : m.published() + (m.publishedInferred() ? " (inferred from the text)" : ""));
    line(out, "byline", m.byline());
    line(out, "dateline", m.dateline());
    line(out, "source", m.source());
    line(out, "url", m.url());
    line(out, "file", d.summary().file());
    line(out, "language", d.summary().language());
    line(out, "copy of", d.summary().copyOf() == null ? null : d.summary().copyOf().toString());
    line(out, "resolution", d.summary().resolved() ? null
        : "not yet resolved across documents (a batch still saving)");
    out.println("entities:");
    for (EntitySummary e : d.entities()) {
      out.printf("  %s  %-12s  %s%n", e.id(), e.type(), e.name());
    }
  }

  private static void entity(PrintWriter out, Shown.EntityView e) {
    EntitySummary s = e.summary();
    out.println(s.id() + "  " + s.type() + "  " + s.name() + (s.kb() == null ? "" : "  (kb:" + s.kb() + ")"));
    if (!s.aliases().isEmpty()) {
      out.println("aliases: " + String.join("; ", s.aliases()));
    }
    if (!e.descriptions().isEmpty()) {
      out.println("described as: " + String.join("; ", e.descriptions()));
    }
    if (!e.resolution().isEmpty()) {
      out.println("merged because:");
      e.resolution().forEach(r -> out.println("  " + r));
    }
    out.println("mentions:");
    for (Shown.MentionInContext m : e.mentions()) {
      out.printf("  %s %s [%d,%d) %s: %s%n", m.evidence().document(), m.evidence().section().label(),
          m.evidence().span().start(), m.evidence().span().end(), m.evidence().text(), m.sentence());
    }
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null) {
      out.printf("%-10s %s%n", label + ":", value);
    }
  }
}
