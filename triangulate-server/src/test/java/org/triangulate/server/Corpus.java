package org.triangulate.server;

import static org.triangulate.server.Reports.entity;
import static org.triangulate.server.Reports.evidence;
import static org.triangulate.server.Reports.extraction;
import static org.triangulate.server.Reports.report;

import java.time.LocalDate;
import java.util.List;
import org.triangulate.graph.store.Store;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Geo;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * Three invented reports: an arrest told by a security service, a claimed bombing attributed
 * to someone else with a ministry spokesman repeating the arrested man's affiliation, and a
 * report whose title and body carry markup meant to run in a browser.
 */
final class Corpus {
  static final Geo KANDAHAR = new Geo(31.6133, 65.7101, "AF", "Kandahar", "1138336");

  static final Document ARREST = report("NDS arrests Haqqani commander in Kandahar",
      "The National Directorate of Security (NDS) said on Monday it arrested Karim Zadran, a "
          + "senior commander of the Haqqani Network, in Kandahar. Karim Zadran is a member of "
          + "the Haqqani Network, the NDS said. The Haqqani Network planned the bombing of a "
          + "market in Kandahar on 14 February, the NDS said.",
      "Kabul Herald", LocalDate.of(2021, 3, 2), null);

  static final Document CLAIMED = report("Islamic State claims Kandahar market bombing",
      "The Islamic State claimed responsibility for the bombing of a market in Kandahar on 14 "
          + "February, but police said the Haqqani Network carried it out. Ahmad Rahimi, a "
          + "spokesman for the Ministry of Interior, said Karim Zadran was a member of the "
          + "Haqqani Network.",
      "Pajhwok Daily", LocalDate.of(2021, 3, 3), "Readers know who did this.");

  static final Document HOSTILE = report("<script>alert('x')</script> Checkpoint attack",
      "Officials said <img src=x onerror=alert(1)> gunmen attacked a checkpoint in Kandahar & "
          + "fled.",
      "Example Times", LocalDate.of(2021, 3, 4), null);

  private Corpus() {}

  static void save(Store store) {
    store.save(ARREST, arrest());
    store.save(CLAIMED, claimed());
    store.save(HOSTILE, extraction(HOSTILE,
        List.of(entity(HOSTILE, "e1", EntityType.LOCATION, "Kandahar").withGeo(KANDAHAR)),
        List.of(), List.of()));
  }

  private static org.triangulate.model.Extraction arrest() {
    Document d = ARREST;
    return extraction(d, List.of(
            entity(d, "e1", EntityType.ORGANIZATION, "National Directorate of Security", "kb-nds",
                List.of("NDS"), List.of()),
            entity(d, "e2", EntityType.PERSON, "Karim Zadran", null, List.of(),
                List.of("senior commander of the Haqqani Network")),
            entity(d, "e3", EntityType.ORGANIZATION, "Haqqani Network", "kb-haqqani", List.of(),
                List.of()),
            entity(d, "e4", EntityType.LOCATION, "Kandahar").withGeo(KANDAHAR)),
        List.of(
            new Event("v1", EventType.ARREST, new TimeSpec("../2021-03-01",
                TimeSpec.Precision.RANGE, TimeSpec.Basis.REPORTED, "on Monday",
                LocalDate.of(2021, 3, 2)), null, null, "e4",
                List.of(new Participant("e1", Role.AGENT, "The National Directorate of Security"),
                    new Participant("e2", Role.DETAINEE, "Karim Zadran")),
                List.of(evidence(d, "it arrested Karim Zadran"))),
            new Event("v2", EventType.BOMBING, new TimeSpec("2021-02-14",
                TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT, "on 14 February",
                LocalDate.of(2021, 3, 2)), null, null, "e4",
                List.of(new Participant("e3", Role.PERPETRATOR, "The Haqqani Network")),
                List.of(evidence(d, "the bombing of a market in Kandahar on 14 February")))),
        List.of(
            new Claim("c1", "e1", null, List.of(), Modality.ASSERTED, Section.BODY, "e2",
                Predicate.MEMBER_OF, "e3",
                List.of(evidence(d, "Karim Zadran is a member of the Haqqani Network, the NDS said"))),
            new Claim("c2", "e1", null, List.of(), Modality.ACCUSED, Section.BODY, "e3",
                Predicate.PERPETRATOR_OF, "v2",
                List.of(evidence(d, "The Haqqani Network planned the bombing"))),
            new Claim("c3", "e1", null, List.of(), Modality.ASSERTED, Section.BODY, "v1",
                Predicate.OCCURRED, null, List.of(evidence(d, "said on Monday it arrested")))));
  }

  private static org.triangulate.model.Extraction claimed() {
    Document d = CLAIMED;
    return extraction(d, List.of(
            entity(d, "e1", EntityType.ORGANIZATION, "Islamic State"),
            entity(d, "e2", EntityType.PERSON, "Ahmad Rahimi", null, List.of(),
                List.of("spokesman for the Ministry of Interior")),
            entity(d, "e3", EntityType.ORGANIZATION, "Ministry of Interior"),
            entity(d, "e4", EntityType.PERSON, "Karim Zadran"),
            entity(d, "e5", EntityType.ORGANIZATION, "Haqqani Network", "kb-haqqani", List.of(),
                List.of()),
            entity(d, "e6", EntityType.LOCATION, "Kandahar").withGeo(KANDAHAR)),
        List.of(new Event("v1", EventType.BOMBING, new TimeSpec("2021-02-14",
            TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT, "on 14 February",
            LocalDate.of(2021, 3, 3)), null, null, "e6",
            List.of(new Participant("e1", Role.CLAIMANT, "The Islamic State")),
            List.of(evidence(d, "the bombing of a market in Kandahar on 14 February")))),
        List.of(
            new Claim("c1", "e1", null, List.of(), Modality.CLAIMED, Section.BODY, "e1",
                Predicate.CLAIMED, "v1",
                List.of(evidence(d, "The Islamic State claimed responsibility"))),
            new Claim("c2", null, "police", List.of(), Modality.ACCUSED, Section.BODY, "e5",
                Predicate.PERPETRATOR_OF, "v1",
                List.of(evidence(d, "police said the Haqqani Network carried it out"))),
            new Claim("c3", "e2", null, List.of(), Modality.ASSERTED, Section.BODY, "e4",
                Predicate.MEMBER_OF, "e5",
                List.of(evidence(d, "said Karim Zadran was a member of the Haqqani Network"))),
            new Claim("c4", "e2", null, List.of(), Modality.ASSERTED, Section.BODY, "e2",
                Predicate.SPOKESPERSON_FOR, "e3",
                List.of(evidence(d, "Ahmad Rahimi, a spokesman for the Ministry of Interior")))));
  }
}
