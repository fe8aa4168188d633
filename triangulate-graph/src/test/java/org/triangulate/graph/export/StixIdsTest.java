package org.triangulate.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StixIdsTest {
  @Test
  void uuid5MatchesTheRfcExampleForADnsName() {
    // RFC 9562 appendix A.4: www.example.com in the DNS namespace
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(StixIds.uuid5(dns, "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }

  @Test
  void anIdIsTheTypeAndAVersion5UuidOfTheKeyAndTheSameEachTime() {
    String id = StixIds.id("threat-actor", "ent-0123456789ab");
    assertThat(id).matches("threat-actor--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        .isEqualTo(StixIds.id("threat-actor", "ent-0123456789ab"))
        .isNotEqualTo(StixIds.id("threat-actor", "ent-0123456789ac"));
  }

  @Test
  void timestampsAreUtcToTheMillisecond() {
    assertThat(StixIds.timestamp(Instant.parse("2021-02-23T08:15:30.123456Z")))
        .isEqualTo("2021-02-23T08:15:30.123Z");
    assertThat(StixIds.timestamp(Instant.parse("2021-02-23T08:15:30Z")))
        .isEqualTo("2021-02-23T08:15:30.000Z");
  }

  @Test
  void admiraltyCredibilityMapsOntoStixConfidenceAsTheAppendixDoes() {
    assertThat(StixStatements.confidence('1')).isEqualTo(90);
    assertThat(StixStatements.confidence('2')).isEqualTo(70);
    assertThat(StixStatements.confidence('3')).isEqualTo(50);
    assertThat(StixStatements.confidence('4')).isEqualTo(30);
    assertThat(StixStatements.confidence('5')).isEqualTo(10);
    assertThat(StixStatements.confidence('6')).as("truth cannot be judged: no value").isNull();
  }
}
