package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventListingTest {
  @Test
  void csvQuotesCommasQuotesAndLineBreaksAndLeavesUnknownValuesEmpty() throws Exception {
    StringWriter w = new StringWriter();
    EventListing.row(w, Arrays.asList("plain", "a, b", "say \"no\"", "two\nlines", null, 3));
    assertThat(w.toString()).isEqualTo("plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",,3\r\n");
  }
}
