package org.triangulate.graph.store;

import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * Invented reports for the export tests, built as store records: the Jalalabad report of
 * {@link EventsAndClaimsIT} (Example Times), a second outlet's report of the same bombing that
 * names its perpetrator and a member of the group, and a document that was not extracted. The
 * people and events are invented; the organisations and places are real names.
 */
final class ExportFixture {
  static final Geo JALALABAD = EventsAndClaimsIT.JALALABAD;

  private ExportFixture() {}

  /** A document and what was extracted from it. */
  record Saved(Document doc, Extraction extraction) {}

  static List<Saved> reports() {
    List<Saved> out = new ArrayList<>();
    Document first = article("eng", "NDS arrests two over Jalalabad bombing",
        "Invented report. The National Directorate of Security (NDS) said on Sunday it arrested "
            + "two members of the Islamic State in Jalalabad. A magnetic bomb killed three "
            + "people and wounded five in Jalalabad on 11 February, the NDS said. Tolo News, "
            + "citing the NDS, reported that the detainees confessed to planting it for the "
            + "Islamic State. Gunmen also shot a teacher in Surkh Rod.",
        "NDS video of the detainees.", "Islamic State did this, not the Taliban.");
    out.add(new Saved(first, EventsAndClaimsIT.reportExtraction(first)));
    Document second = withOutlet(article("Police name bomb cell leader in Jalalabad",
        "Invented report. A magnetic bomb killed three people in Jalalabad on 11 February. "
            + "Provincial police spokesman Farid Zarmal said the Islamic State was behind the "
            + "blast. Zarmal said the cell's leader, Qari Hamdullah Noorzai, is a member of the "
            + "Islamic State."), "Kabul Ledger", LocalDate.of(2021, 2, 23));
    out.add(new Saved(second, secondExtraction(second)));
    return out;
  }

  /** A document in Pashto, stored without extraction. */
  static Document unextracted() {
    return withOutlet(article("ps", "Invented Pashto report", "د کابل خبر", null, null),
        "Kabul Ledger", null);
  }

  private static Extraction secondExtraction(Document doc) {
    List<LocalEntity> entities = List.of(
        entity(doc, "e1", EntityType.LOCATION, "Jalalabad").withGeo(JALALABAD),
        entity(doc, "e2", EntityType.ORGANIZATION, "Islamic State"),
        entity(doc, "e3", EntityType.PERSON, "Farid Zarmal", null, List.of(),
            List.of("Provincial police spokesman")),
        entity(doc, "e4", EntityType.PERSON, "Qari Hamdullah Noorzai"));
    List<Event> events = List.of(new Event("v1", EventType.BOMBING,
        new TimeSpec("2021-02-11", TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT,
            "on 11 February", LocalDate.of(2021, 2, 23)),
        3, null, "e1", List.of(new Participant("e2", Role.PERPETRATOR, "the Islamic State")),
        List.of(evidence(doc, "A magnetic bomb killed three people in Jalalabad"))));
    List<Claim> claims = List.of(
        new Claim("c1", "e3", null, List.of(), Modality.ASSERTED, Section.BODY, "e2",
            Predicate.PERPETRATOR_OF, "v1",
            List.of(evidence(doc, "the Islamic State was behind the blast"))),
        new Claim("c2", "e3", null, List.of(), Modality.ASSERTED, Section.BODY, "e4",
            Predicate.MEMBER_OF, "e2", List.of(evidence(doc,
                "Qari Hamdullah Noorzai, is a member of the Islamic State"))));
    return EventsAndClaimsIT.extraction(doc, entities, events, claims);
  }

  private static Document withOutlet(Document d, String outlet, LocalDate published) {
    Metadata m = d.meta();
    return new Document(d.id(), d.text(), d.parts(), new Metadata(m.title(), m.url(),
        m.byline(), m.dateline(), outlet, published, false), d.language(), d.fingerprint(),
        d.custody());
  }

  /** A store at {@code dir} holding the reports in the order given, then the unextracted one. */
  static Store store(Path dir, List<Saved> reports) {
    Store store = Store.open(new StoreLocation.Embedded(dir));
    for (Saved s : reports) {
      store.save(s.doc(), s.extraction());
    }
    store.save(unextracted(), null);
    return store;
  }

  static String export(Store store, ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(format, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
