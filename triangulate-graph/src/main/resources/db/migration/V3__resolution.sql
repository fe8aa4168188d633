-- Triangulate store, schema 3: cross-document resolution. entities.entity stays the column that
-- names a local entity's store entity; resolution (org.triangulate.graph.resolve) rewrites it
-- after every save and on `triangulate resolve`, and records here why members were merged, the
-- blocking keys it found them by, the analyst's corrections, and which events are one event.

-- Blocking keys of each local entity, so that resolving after a save reads only the entities
-- that could match the new document's. kind: NAME, ALIAS, INITIALS (name keys with the type in
-- front), TOKEN (one word of a person's name, for name-frequency estimates), KB, GAZETTEER.
CREATE TABLE resolution_keys (
  entity bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  kind   text NOT NULL CHECK (kind IN ('NAME', 'ALIAS', 'INITIALS', 'TOKEN', 'KB', 'GAZETTEER')),
  key    text NOT NULL,
  PRIMARY KEY (entity, kind, key)
);
CREATE INDEX resolution_keys_key ON resolution_keys (kind, key);

-- Why two local entities are in one store entity: one row per union that joined two groups
-- (a spanning forest of each entity), rewritten whenever the entity is resolved again.
-- rule: KB, GAZETTEER, NAME, ALIAS, CONTEXT, INITIALS, ANALYST_MERGE, ANALYST_SPLIT.
CREATE TABLE resolution_reasons (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity   text NOT NULL,
  a        bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  b        bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  rule     text NOT NULL,
  reason   text NOT NULL
);
CREATE INDEX resolution_reasons_entity ON resolution_reasons (entity);
CREATE INDEX resolution_reasons_a ON resolution_reasons (a);
CREATE INDEX resolution_reasons_b ON resolution_reasons (b);

-- The analyst's corrections, applied on every resolution after the automatic rules would have:
-- MERGE joins the store entities holding its A and B members; SPLIT keeps its IN members
-- together and apart from its OUT members (the rest of the entity when it was split). A later
-- correction that contradicts an earlier one supersedes it.
CREATE TABLE corrections (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('MERGE', 'SPLIT')),
  entity        text NOT NULL,
  other         text,
  why           text NOT NULL CHECK (why <> ''),
  made_by       text NOT NULL,
  made_at       timestamptz NOT NULL,
  superseded_by bigint REFERENCES corrections (id),
  CHECK ((kind = 'MERGE') = (other IS NOT NULL))
);

CREATE TABLE correction_members (
  correction bigint NOT NULL REFERENCES corrections (id) ON DELETE CASCADE,
  entity     bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  side       text NOT NULL CHECK (side IN ('A', 'B', 'IN', 'OUT')),
  PRIMARY KEY (correction, entity)
);
CREATE INDEX correction_members_entity ON correction_members (entity);

-- Event coreference: events reported by several documents share one event_group, the export id
-- of the group's earliest member (by document ordinal, then key); null until resolved, which
-- then means the event is alone (use export_id).
ALTER TABLE events ADD COLUMN event_group text CHECK (event_group ~ '^evt-[0-9a-f]{12}$');
UPDATE events SET event_group = export_id;
CREATE INDEX events_event_group ON events (event_group);

-- Why events were joined, as for entities.
CREATE TABLE event_resolution_reasons (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_group text NOT NULL,
  a           bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  b           bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  reason      text NOT NULL
);
CREATE INDEX event_resolution_reasons_group ON event_resolution_reasons (event_group);
