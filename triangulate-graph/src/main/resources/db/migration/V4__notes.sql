-- Triangulate store, schema 4: analysts' notes on entities, links and claims, written through the
-- HTTP API; and indexes for the API's entity page (claims about an entity).
-- target: the id of what the note is about (ent-…, clm-…, or a link id source~target~TYPE); not
-- a foreign key, since links are derived and entity ids may be regrouped by resolution.

CREATE TABLE notes (
  id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  target  text NOT NULL CHECK (target <> '' AND length(target) <= 300),
  author  text NOT NULL CHECK (length(author) <= 200),
  created timestamptz NOT NULL,
  text    text NOT NULL CHECK (text <> '' AND length(text) <= 20000)
);
CREATE INDEX notes_target ON notes (target, created);

CREATE INDEX claims_subject_entity ON claims (subject_entity);
CREATE INDEX claims_object_entity ON claims (object_entity);
