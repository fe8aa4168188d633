package org.triangulate.model;

/** How a mention names its entity. */
public enum MentionKind {
  /** A proper name found by NER or the knowledge base ("Haris Jebran"). */
  NAME,
  /** Another name given for it in the text: parentheses, quotes, "also known as". */
  ALIAS,
  /** A part of a name already given ("Jebran" after "Haris Jebran"). */
  SHORT_NAME,
  /** A pronoun resolved to it. */
  PRONOUN
}
