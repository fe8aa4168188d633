package org.triangulate.e2e;

import static org.triangulate.e2e.Reports.entity;
import static org.triangulate.e2e.Reports.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.triangulate.graph.store.Store;
import org.triangulate.model.Claim;
import org.triangulate.model.Component;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Part;
import org.triangulate.model.Participant;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;
import org.triangulate.e2e.Reports.Piece;

/**
 * The invented reports the browser tests read: two outlets, two speakers from two organisations,
 * saying the Haqqani Network works with ISIS-K; a bombing in Kabul; a caption and a reader comment.
 */
final class Corpus {
  static final String NDS_REPORT = "doc-00000000000e2e01";
  static final String UN_REPORT = "doc-00000000000e2e02";
  static final String REVIEW_REPORT = "doc-00000000000e2e03";
  static final String CODED_ROW = "doc-00000000000e2e04";
  /** Saved as a batch saves, after the corpus was resolved, and left so: not yet resolved. */
  static final String PENDING_REPORT = "doc-00000000000e2e05";
  /** The pipeline triangulate-ingest's CodedDocuments records for a coded row. */
  private static final Pipeline CODED_PIPELINE = new Pipeline("1",
      List.of(new Component("coded-rows", "1", Map.of("dataset", "ACLED"))));
  static final String REVIEW_LEADER = "Sirajuddin Haqqani";
  static final String REVIEW_SENTENCE = "Sirajuddin Haqqani leads the Haqqani Network, the review found.";
  static final String ALIAS = "HQN";
  static final String ALIAS_SENTENCE = "The Haqqani Network (HQN) has long been based in Miranshah.";
  static final String CAPTION = "NDS officers guard a checkpoint in Kabul.";
  static final String COMMENT = "Everyone knows the Haqqani Network and ISIS-K are the same people.";

  private static final Geo KABUL = new Geo(34.53, 69.17, "Afghanistan", "Kabul", null);
  private static final Geo MIRANSHAH = new Geo(33.0, 70.07, "Pakistan", "Khyber Pakhtunkhwa", null);

  private Corpus() {}

  /** {@code d} as a paged original (a PDF): its parts in order on {@code pages}. */
  private static Document paged(Document d, int... pages) {
    List<Part> parts = new java.util.ArrayList<>();
    for (int i = 0; i < d.parts().size(); i++) {
      Part p = d.parts().get(i);
      parts.add(new Part(p.section(), p.span(), p.author(), p.date(), pages[i]));
    }
    return new Document(d.id(), d.text(), parts, d.meta(), d.language(), d.fingerprint(), d.custody());
  }

  static void load(Store store) {
    Document nds = Reports.report(NDS_REPORT,
        Reports.meta("Evidence suggests Haqqani Network, ISIS-K co-ordinating terror attacks", "Salaam Times", LocalDate.of(2021, 2, 22)),
        List.of(Piece.of(Section.TITLE, "Evidence suggests Haqqani Network, ISIS-K co-ordinating terror attacks"),
            Piece.of(Section.BODY, "The Haqqani Network plans, ISIS-K executes and claims, said Haris Jebran, the NDS spokesman. "
                + ALIAS_SENTENCE + " A bomb in Kabul killed four people on February 20, Haris Jebran said."),
            Piece.of(Section.CAPTION, CAPTION),
            new Piece(Section.COMMENT, COMMENT, "reader42")));
    LocalEntity haqqani = entity(nds, "haqqani", EntityType.ORGANIZATION, "Haqqani Network", List.of(ALIAS), List.of(), null);
    LocalEntity isis = entity(nds, "isis", EntityType.ORGANIZATION, "ISIS-K");
    LocalEntity jebran = entity(nds, "jebran", EntityType.PERSON, "Haris Jebran", List.of(), List.of("the NDS spokesman"), null);
    LocalEntity ndsOrg = entity(nds, "nds", EntityType.ORGANIZATION, "NDS");
    LocalEntity kabul = entity(nds, "kabul", EntityType.LOCATION, "Kabul").withGeo(KABUL);
    LocalEntity miranshah = entity(nds, "miranshah", EntityType.LOCATION, "Miranshah").withGeo(MIRANSHAH);
    Event bombing = new Event("e1", EventType.BOMBING,
        new TimeSpec("2021-02-20", TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT, "February 20", LocalDate.of(2021, 2, 22)),
        4, null, "kabul", List.of(new Participant("haqqani", Role.PERPETRATOR, "Haqqani Network")),
        List.of(evidence(nds, "A bomb in Kabul killed four people on February 20")));
    List<Claim> ndsClaims = List.of(
        new Claim("c1", "jebran", "the NDS spokesman", List.of("nds"), Modality.ASSERTED, Section.BODY, "haqqani",
            Predicate.COOPERATES_WITH, "isis", List.of(evidence(nds, "The Haqqani Network plans, ISIS-K executes and claims"))),
        new Claim("c2", null, "the article", List.of(), Modality.ASSERTED, Section.BODY, "jebran",
            Predicate.SPOKESPERSON_FOR, "nds", List.of(evidence(nds, "Haris Jebran, the NDS spokesman"))),
        new Claim("c3", "jebran", "Haris Jebran", List.of("nds"), Modality.ACCUSED, Section.BODY, "haqqani",
            Predicate.PERPETRATOR_OF, "e1", List.of(evidence(nds, "A bomb in Kabul killed four people on February 20, Haris Jebran said"))),
        new Claim("c4", null, "reader comment", List.of(), Modality.ASSERTED, Section.COMMENT, "haqqani",
            Predicate.COOPERATES_WITH, "isis", List.of(evidence(nds, COMMENT))));
    store.save(nds, new Extraction(nds.id(), Reports.PIPELINE, List.of(haqqani, isis, jebran, ndsOrg, kabul, miranshah),
        List.of(bombing), ndsClaims, List.of()));

    Document un = Reports.report(UN_REPORT,
        Reports.meta("UN monitors report Haqqani contacts with ISIS-K", "Frontier Wire", LocalDate.of(2021, 3, 9)),
        List.of(Piece.of(Section.TITLE, "UN monitors report Haqqani contacts with ISIS-K"),
            Piece.of(Section.BODY, "The Haqqani Network maintains operational contacts with ISIS-K, the UN Monitoring Team said on Tuesday. "
                + "ISIS-K claimed the bombing in Kabul on February 20 through its Amaq agency. "
                + "Afghan officials blamed the Haqqani Network for the bombing.")));
    LocalEntity haqqani2 = entity(un, "haqqani", EntityType.ORGANIZATION, "Haqqani Network");
    LocalEntity isis2 = entity(un, "isis", EntityType.ORGANIZATION, "ISIS-K");
    LocalEntity team = entity(un, "un", EntityType.ORGANIZATION, "UN Monitoring Team");
    LocalEntity kabul2 = entity(un, "kabul", EntityType.LOCATION, "Kabul").withGeo(KABUL);
    Event claimed = new Event("e1", EventType.BOMBING,
        new TimeSpec("2021-02-20", TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT, "February 20", LocalDate.of(2021, 3, 9)),
        null, null, "kabul", List.of(new Participant("isis", Role.CLAIMANT, "ISIS-K")),
        List.of(evidence(un, "the bombing in Kabul on February 20")));
    List<Claim> unClaims = List.of(
        new Claim("c1", "un", "the UN Monitoring Team", List.of(), Modality.ASSERTED, Section.BODY, "haqqani",
            Predicate.COOPERATES_WITH, "isis", List.of(evidence(un, "The Haqqani Network maintains operational contacts with ISIS-K"))),
        new Claim("c2", "isis", "ISIS-K", List.of(), Modality.CLAIMED, Section.BODY, "isis",
            Predicate.CLAIMED, "e1", List.of(evidence(un, "ISIS-K claimed the bombing in Kabul on February 20 through its Amaq agency"))),
        new Claim("c3", null, "Afghan officials", List.of(), Modality.ACCUSED, Section.BODY, "haqqani",
            Predicate.PERPETRATOR_OF, "e1", List.of(evidence(un, "Afghan officials blamed the Haqqani Network for the bombing"))));
    store.save(un, new Extraction(un.id(), Reports.PIPELINE, List.of(haqqani2, isis2, team, kabul2), List.of(claimed), unClaims, List.of()));

    // an invented ACLED row of the Kabul bombing, built as the coded-rows reader builds one: it
    // codes the Taliban (the news: the Haqqani Network) and nine dead (the NDS report: four)
    Document row = Reports.report(CODED_ROW,
        new Metadata("ACLED XAF9301: Remote explosive/landmine/IED in Kabul", null, null, null, "ACLED", null, false),
        List.of(Piece.of(Section.TITLE, "ACLED XAF9301: Remote explosive/landmine/IED in Kabul"),
            Piece.of(Section.BODY, "Date: 2021-02-20."), Piece.of(Section.BODY, "Place: Kabul, Afghanistan."),
            Piece.of(Section.BODY, "Actor 1: Taliban."), Piece.of(Section.BODY, "Fatalities: 9.")));
    LocalEntity kabul3 = entity(row, "kabul", EntityType.LOCATION, "Kabul").withGeo(KABUL);
    LocalEntity taliban = entity(row, "taliban", EntityType.ORGANIZATION, "Taliban");
    Event coded = new Event("e1", EventType.BOMBING,
        new TimeSpec("2021-02-20", TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT, "2021-02-20", null),
        9, null, "kabul", List.of(new Participant("taliban", Role.PERPETRATOR, "Taliban")),
        List.of(evidence(row, "ACLED XAF9301: Remote explosive/landmine/IED in Kabul")));
    List<Claim> rowClaims = List.of(
        new Claim("c1", null, "ACLED", List.of(), Modality.ASSERTED, Section.TITLE, "e1", Predicate.OCCURRED, null,
            List.of(evidence(row, "ACLED XAF9301: Remote explosive/landmine/IED in Kabul"))),
        new Claim("c2", null, "ACLED", List.of(), Modality.ASSERTED, Section.BODY, "taliban", Predicate.PERPETRATOR_OF,
            "e1", List.of(evidence(row, "Actor 1: Taliban."))));
    store.save(row, new Extraction(row.id(), CODED_PIPELINE, List.of(kabul3, taliban), List.of(coded), rowClaims, List.of()));

    // a PDF report: the title and first paragraph on page 1, the finding on page 2
    Document review = paged(Reports.report(REVIEW_REPORT,
        Reports.meta("Invented quarterly review of armed groups", "Example Review", LocalDate.of(2021, 4, 1)),
        List.of(Piece.of(Section.TITLE, "Invented quarterly review of armed groups"),
            Piece.of(Section.BODY, "This review covers the first quarter of 2021."),
            Piece.of(Section.BODY, REVIEW_SENTENCE))), 1, 1, 2);
    LocalEntity siraj = entity(review, "siraj", EntityType.PERSON, REVIEW_LEADER);
    LocalEntity haqqani3 = entity(review, "haqqani", EntityType.ORGANIZATION, "Haqqani Network");
    Claim leads = new Claim("c1", null, "the review", List.of(), Modality.ASSERTED, Section.BODY, "siraj",
        Predicate.LEADS, "haqqani", List.of(evidence(review, REVIEW_SENTENCE)));
    store.save(review, new Extraction(review.id(), Reports.PIPELINE, List.of(siraj, haqqani3), List.of(), List.of(leads), List.of()));
    store.resolve();

    Document pending = Reports.report(PENDING_REPORT,
        Reports.meta("Invented report a batch saved and has not resolved", "Example Times", LocalDate.of(2021, 4, 2)),
        List.of(Piece.of(Section.TITLE, "Invented report a batch saved and has not resolved"),
            Piece.of(Section.BODY, "Mawlawi Qasim Noorzai spoke to elders in Kabul on Friday.")));
    LocalEntity noorzai = entity(pending, "noorzai", EntityType.PERSON, "Mawlawi Qasim Noorzai");
    store.saveDeferringResolution(pending, new Extraction(pending.id(), Reports.PIPELINE, List.of(noorzai), List.of(), List.of(), List.of()));
  }
}
