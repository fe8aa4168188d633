package org.triangulate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * Aligns gold anchors with export evidence in one document. An anchor is located in the exported
 * document's {@code text} whitespace aside, at every place it occurs (a caption printed twice has
 * two); evidence aligns with it when their spans overlap. When the export's text lacks the anchor
 * (ingest moved or dropped it), evidence aligns when its quoted text contains the anchor or the
 * anchor contains it (whitespace aside).
 */
final class Anchors {
  /** Evidence shorter than this never aligns by quotation alone. */
  private static final int MIN_QUOTE = 12;

  private final Compact text;
  private final Map<String, List<int[]>> located = new HashMap<>();
  private final List<String> unlocated = new ArrayList<>();

  Anchors(String documentText) {
    this.text = new Compact(documentText);
  }

  /** Anchors not found in the exported text, for the report's warnings. */
  List<String> unlocated() {
    return unlocated;
  }

  /**
   * How well any of the anchors matches any of the evidence: 0 for no overlap, else the best
   * overlap divided by the union (Jaccard) of the two spans, so the closest pair wins ties.
   */
  double overlap(List<String> anchors, List<ExportView.Evidence> evidence) {
    double best = 0;
    for (String anchor : anchors) {
      List<int[]> spans = locate(anchor);
      for (ExportView.Evidence ev : evidence) {
        best = Math.max(best, spans.isEmpty() ? quoted(anchor, ev.text()) : spanned(spans, ev));
      }
    }
    return best;
  }

  private static double spanned(List<int[]> spans, ExportView.Evidence ev) {
    double best = 0;
    for (int[] s : spans) {
      int inter = Math.min(s[1], ev.end()) - Math.max(s[0], ev.start());
      if (inter > 0) {
        int union = Math.max(s[1], ev.end()) - Math.min(s[0], ev.start());
        best = Math.max(best, (double) inter / union);
      }
    }
    return best;
  }

  private static double quoted(String anchor, String evidence) {
    String a = Compact.squeeze(anchor);
    String e = Compact.squeeze(evidence);
    if (e.length() < MIN_QUOTE || a.isEmpty()) {
      return 0;
    }
    boolean contains = a.contains(e) || e.contains(a);
    return contains ? (double) Math.min(a.length(), e.length()) / Math.max(a.length(), e.length()) : 0;
  }

  private List<int[]> locate(String anchor) {
    return located.computeIfAbsent(anchor, a -> {
      String needle = Compact.squeeze(a);
      List<int[]> out = new ArrayList<>();
      String hay = text.squeezed();
      for (int i = hay.indexOf(needle); i >= 0 && !needle.isEmpty(); i = hay.indexOf(needle, i + 1)) {
        out.add(new int[] {text.start(i), text.end(i + needle.length())});
      }
      if (out.isEmpty()) {
        unlocated.add(a);
      }
      return out;
    });
  }
}
