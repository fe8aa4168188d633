package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.internal.ExportIds;
import org.triangulate.graph.links.Conflict;
import org.triangulate.graph.links.EvidenceGraph;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.store.DocumentSummary;
import org.triangulate.graph.store.EntitySummary;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.ingest.fingerprint.ContentId;
import org.triangulate.model.Claim;
import org.triangulate.model.Component;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Part;
import org.triangulate.model.Participant;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;

/**
 * An ACLED row, a GTD row and a news report of one invented suicide bombing join one event group,
 * and where they disagree (the GTD codes another group; it counts more dead) the conflicts say
 * so; a row a week later and rows in other provinces are other events, with no conflict. The
 * rows cite the outlet that published the report (the ACLED row after another outlet), so the
 * row and the report are one origin. No
 * CoreNLP: the rows are extracted as they are read and the report's extraction is built by hand.
 */
class ImportCodedEventGroupsIT {
  private static final String ACLED = """
      # Invented rows in ACLED's column layout for Triangulate's tests: no real event, person or row.
      event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
      XAF9101,14 May 2024,2024,1,Political violence,Explosions/Remote violence,Suicide bomb,Taliban,,2,Police Forces of Afghanistan (2021-),,1,12,,4,Caucasus and Central Asia,Afghanistan,Ghazni,Andar,,Andar,33.1300,68.4200,2,Example Ledger; Example Wire,National,"Invented: a suicide bomber struck a police checkpoint in Andar.",3,,1716000000
      XAF9102,21 May 2024,2024,1,Political violence,Explosions/Remote violence,Suicide bomb,Taliban,,2,Police Forces of Afghanistan (2021-),,1,12,,4,Caucasus and Central Asia,Afghanistan,Ghazni,Andar,,Andar,33.1300,68.4200,2,Example Wire,National,"Invented: a week later, another suicide bombing in Andar.",9,,1716600000
      XAF9103,14 May 2024,2024,1,Political violence,Explosions/Remote violence,Suicide bomb,Islamic State (Afghanistan),,2,Police Forces of Afghanistan (2021-),,1,12,,4,Caucasus and Central Asia,Afghanistan,Herat,Herat,,Herat,34.3500,62.2000,1,Example Wire,National,"Invented: the same day, a suicide bombing in Herat.",12,,1716000000
      """;
  private static final String GTD = """
      # Invented rows in the Global Terrorism Database's column layout for Triangulate's tests: no real event, person or row.
      eventid,iyear,imonth,iday,extended,country_txt,region_txt,provstate,city,latitude,longitude,specificity,summary,suicide,attacktype1_txt,attacktype2_txt,attacktype3_txt,targtype1_txt,corp1,target1,natlty1_txt,targtype2_txt,corp2,target2,natlty2_txt,targtype3_txt,corp3,target3,natlty3_txt,gname,gsubname,gname2,gsubname2,gname3,gsubname3,guncertain1,guncertain2,guncertain3,claimed,claimmode_txt,claim2,claimmode2_txt,claim3,claimmode3_txt,weaptype1_txt,nkill,nwound,scite1,scite2,scite3,dbsource
      900000000101,2024,5,14,0,Afghanistan,South Asia,Ghazni,Andar,33.14,68.43,1,"Invented: a suicide bomber and gunmen attacked a police checkpoint.",1,Bombing/Explosion,Armed Assault,,Police,Example Provincial Police,Police checkpoint,Afghanistan,,,,,,,,,Islamic State of Iraq and the Levant (ISIL),,,,,,0,,,0,,,,,,Explosives,11,4,\"""Invented: checkpoint bombing,"" Example Wire, May 14, 2024.",,,Example Collection
      900000000102,2024,5,14,0,Afghanistan,South Asia,Kandahar,Kandahar,31.61,65.71,1,"Invented: the same day, a bombing in Kandahar.",1,Bombing/Explosion,,,Police,.,Police station,Afghanistan,,,,,,,,,Taliban,,Unknown,,.,,0,,,0,,,,,,Explosives,40,,\"""Invented: Kandahar blast,"" Example Wire, May 14, 2024.",,,Example Collection
      """;

  @TempDir Path tmp;
  private Path data;

  @BeforeEach
  void importRowsAndTheReport() throws IOException {
    Path acled = Files.writeString(tmp.resolve("acled.csv"), ACLED);
    Path gtd = Files.writeString(tmp.resolve("gtd.csv"), GTD);
    data = tmp.resolve("store");
    Cli.Run r = Cli.run("--data", data.toString(), "import", "--acled", acled.toString(), "--gtd", gtd.toString());
    assertThat(r.out()).contains("5 imported");
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      Document news = news();
      store.save(news, newsExtraction(news));
    }
  }

  @Test
  void theRowsAndTheReportOfOneBombingAreOneGroupAndTheOtherRowsOthers() {
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      Map<String, String> groups = groupsByTitle(store);

      String bombing = groups.get("Invented: suicide bomber kills three policemen in Andar");
      assertThat(groups.get("ACLED XAF9101: Suicide bomb in Andar")).isEqualTo(bombing);
      assertThat(groups.get("GTD 900000000101: Bombing/Explosion in Andar")).isEqualTo(bombing);
      assertThat(groups.get("ACLED XAF9102: Suicide bomb in Andar")).as("a week later").isNotEqualTo(bombing);
      assertThat(groups.get("ACLED XAF9103: Suicide bomb in Herat")).as("another province").isNotEqualTo(bombing);
      assertThat(groups.get("GTD 900000000102: Bombing/Explosion in Kandahar")).as("another province")
          .isNotEqualTo(bombing);
      assertThat(new HashSet<>(groups.values())).hasSize(4);
    }
  }

  @Test
  void anotherPerpetratorAndAnotherTollAreConflictsOfThatGroupAlone() {
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      String bombing = groupsByTitle(store).get("Invented: suicide bomber kills three policemen in Andar");
      String taliban = entity(store, "Taliban");
      String isil = entity(store, "Islamic State of Iraq and the Levant (ISIL)");

      List<Conflict> conflicts = store.evidence(SourceTable.bundled()).conflicts();

      assertThat(conflicts).extracting(Conflict::event).containsOnly(bombing);
      assertThat(conflicts).filteredOn(c -> c.kind().equals(Conflict.PERPETRATOR_DIFFERS))
          .singleElement().satisfies(c -> {
            assertThat(c.coded()).containsExactly(taliban);
            assertThat(c.attributed()).containsExactly(isil);
          });
      assertThat(conflicts).filteredOn(c -> c.kind().equals(Conflict.COUNTS_DIFFER))
          .singleElement().satisfies(c -> assertThat(c.counts())
              .extracting(Conflict.Count::field, Conflict.Count::value, Conflict.Count::source)
              .containsExactlyInAnyOrder(tuple("killed", 3, "ACLED"), tuple("killed", 11, "GTD"),
                  tuple("killed", 3, "Example Wire")));
      assertThat(conflicts).hasSize(2);
    }
  }

  @Test
  void aRowCitingTheOutletThatReportedItIsNoIndependentConfirmation() {
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      String bombing = groupsByTitle(store).get("Invented: suicide bomber kills three policemen in Andar");
      String taliban = entity(store, "Taliban");

      EvidenceGraph graph = store.evidence(SourceTable.bundled());

      Link link = graph.links().stream().filter(l -> l.source().equals(taliban)
          && l.target().equals(bombing) && l.type().equals("PERPETRATOR_OF")).findFirst().orElseThrow();
      assertThat(link.documents()).as("the report and the ACLED row").isEqualTo(2);
      assertThat(link.independentOrigins()).as("the row cites Example Ledger too").isEqualTo(1);
      assertThat(link.origins()).containsExactly("Example Wire");
    }
  }

  /** Each document's event group, by the document's title. */
  private static Map<String, String> groupsByTitle(Store store) {
    Map<String, String> groups = store.eventGroups();
    Map<String, String> byTitle = new java.util.HashMap<>();
    for (DocumentSummary d : store.documents()) {
      byTitle.put(String.valueOf(d.title()), groups.get(ExportIds.event(d.id(), "v1")));
    }
    return byTitle;
  }

  private static String entity(Store store, String name) {
    return store.entities(EntityType.ORGANIZATION, null).stream().filter(e -> e.name().equals(name))
        .map(EntitySummary::id).findFirst().orElseThrow(() -> new AssertionError("no entity " + name));
  }

  /** An invented report: a suicide bomber killed three policemen in Andar; the Taliban did it. */
  private static Document news() {
    String title = "Invented: suicide bomber kills three policemen in Andar";
    String body = "GHAZNI -- A suicide bomber killed three policemen at a checkpoint in Andar district"
        + " on Tuesday (May 14). Taliban fighters carried out the attack.";
    String text = title + "\n\n" + body;
    int b = title.length() + 2;
    List<Part> parts = List.of(new Part(Section.TITLE, new Span(0, title.length())),
        new Part(Section.BODY, new Span(b, text.length())));
    Metadata meta = new Metadata(title, null, null, "GHAZNI", "Example Wire", LocalDate.of(2024, 5, 14), false);
    return new Document(ContentId.of(text), text, parts, meta, "eng", 0x3c3c3c3c3c3c3c3cL,
        new Custody("news.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8",
            Instant.parse("2024-05-14T18:00:00Z")));
  }

  private static Extraction newsExtraction(Document doc) {
    LocalEntity andar = entity(doc, "e1", EntityType.LOCATION, "Andar")
        .withGeo(new Geo(33.15, 68.40, "AF", "Ghazni", null));
    LocalEntity taliban = entity(doc, "e2", EntityType.ORGANIZATION, "Taliban");
    Evidence sentence = Evidence.of(doc, doc.parts().get(1).span());
    Event bomb = new Event("v1", EventType.BOMBING, new TimeSpec("2024-05-14", TimeSpec.Precision.DAY,
        TimeSpec.Basis.EVENT, "on Tuesday (May 14)", LocalDate.of(2024, 5, 14)), 3, null, "e1",
        List.of(new Participant("e2", Role.PERPETRATOR, "Taliban fighters")), List.of(sentence));
    List<Claim> claims = List.of(
        new Claim("c1", null, "the article", List.of(), Modality.ASSERTED, Section.BODY, "v1",
            Predicate.OCCURRED, null, List.of(sentence)),
        new Claim("c2", null, "the article", List.of(), Modality.ASSERTED, Section.BODY, "e2",
            Predicate.PERPETRATOR_OF, "v1", List.of(sentence)));
    Pipeline pipeline = new Pipeline("test", List.of(new Component("hand-built", "1", Map.of())));
    return new Extraction(doc.id(), pipeline, List.of(andar, taliban), List.of(bomb), claims, List.of());
  }

  private static LocalEntity entity(Document doc, String key, EntityType type, String name) {
    int at = doc.text().indexOf(name);
    Mention m = new Mention(Evidence.of(doc, new Span(at, at + name.length())), MentionKind.NAME);
    return new LocalEntity(key, type, name, List.of(), List.of(), List.of(m), null);
  }
}
