package org.triangulate.graph.links;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** An Admiralty grade and the reasons for it; see {@link EvidenceGraph} for the rule. */
record Grade(String code, List<String> reasons) {
  static Grade of(Collection<Origin> supporting, int contradicting, List<ClaimFact> support, SourceTable sources) {
    List<String> reasons = new ArrayList<>();
    char reliability = 'F';
    for (Origin o : supporting) {
      SourceTable.Rating r = sources.rate(o.name(), o.kb(), o.kind());
      if (r.reliability() < reliability) {
        reliability = r.reliability();
      }
      if (r.interested()) {
        reasons.add("interested party: " + o.name() + " (" + r.category() + ")");
      }
    }
    reasons.add("reliability " + reliability + ": the best-rated supporting origin"
        + (reliability == 'F' ? " (no supporting origin is rated in the source table)" : ""));
    // Reader comments are opinion: listed as origins, never counted as corroboration.
    long comments = supporting.stream().filter(o -> o.kind().equals("comment")).count();
    int n = (int) (supporting.size() - comments);
    boolean commentsOnly = !supporting.isEmpty() && comments == supporting.size();
    boolean hedgedOnly = !support.isEmpty() && support.stream().allMatch(ClaimFact::hedged);
    int credibility;
    if (commentsOnly || n == 0) {
      credibility = 6;
      reasons.add("credibility 6: only reader comments support it; truth cannot be judged");
    } else {
      credibility = contradicting == 0 ? (n >= 3 ? 1 : n == 2 ? 2 : 3) : (n > contradicting ? 4 : 5);
      reasons.add("credibility " + credibility + ": " + n + " independent origin(s) support it"
          + (comments > 0 ? " (" + comments + " reader comment(s) not counted)" : "") + ", "
          + contradicting + " contradict it");
      if (hedgedOnly && credibility < 5) {
        credibility++;
        reasons.add("credibility " + credibility + ": every supporting claim is hedged");
      }
    }
    return new Grade("" + reliability + credibility, reasons);
  }
}
