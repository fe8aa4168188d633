package org.triangulate.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the HTML character references the gold pages may use; enough to check anchors. */
final class Entities {
  private static final Pattern REF = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
  private static final Map<String, String> NAMED = Map.of(
      "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0",
      "copy", "\u00A9", "mdash", "\u2014", "ndash", "\u2013", "hellip", "\u2026");

  private Entities() {}

  static String decode(String s) {
    Matcher m = REF.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String ref = m.group(1);
      String rep;
      if (ref.startsWith("#x")) {
        rep = Character.toString(Integer.parseInt(ref.substring(2), 16));
      } else if (ref.startsWith("#")) {
        rep = Character.toString(Integer.parseInt(ref.substring(1)));
      } else {
        rep = NAMED.getOrDefault(ref, m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(rep));
    }
    m.appendTail(out);
    return out.toString();
  }
}
