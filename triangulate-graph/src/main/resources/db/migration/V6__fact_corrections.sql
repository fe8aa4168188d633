-- Triangulate store, schema 6: the analyst's corrections of events, claims and links (entities
-- have theirs in corrections, schema 3). A correction names its target by export id: an event
-- (evt-…, a report's own id or its group's), a claim (clm-…), or a link (source~target~TYPE, the
-- ids links and notes use). Export ids are stable across re-ingest and re-resolution, so the
-- corrections are applied when the graph is read, never by rewriting extracted rows:
--   REJECT       the event (with the claims about it), claim or link is not evidence
--   RETYPE       value is the event's type, or the claim's or link's predicate
--   REATTRIBUTE  value is an entity id: an event's perpetrator, a claim's speaker, a link's source
-- A later correction of the same target and action supersedes the earlier one.
CREATE TABLE fact_corrections (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  target        text NOT NULL CHECK (target ~ '^(evt|clm)-[0-9a-f]{12}$' OR target LIKE 'ent-%~%~%'),
  action        text NOT NULL CHECK (action IN ('REJECT', 'RETYPE', 'REATTRIBUTE')),
  value         text CHECK (value <> ''),
  why           text NOT NULL CHECK (why <> ''),
  made_by       text NOT NULL,
  made_at       timestamptz NOT NULL,
  superseded_by bigint REFERENCES fact_corrections (id),
  CHECK ((action = 'REJECT') = (value IS NULL))
);
CREATE INDEX fact_corrections_target ON fact_corrections (target) WHERE superseded_by IS NULL;

-- Each event as corrected: the type in force and whether the event is rejected, for the readers
-- that list events (show, timeline, graph exports). A correction holds for the whole event group
-- its target belongs to now, whichever report's id or the group's id it names.
CREATE VIEW corrected_events AS
SELECT v.id,
  coalesce((SELECT f.value FROM fact_corrections f
            JOIN events t ON f.target IN (t.export_id, t.event_group)
            WHERE f.superseded_by IS NULL AND f.action = 'RETYPE'
              AND coalesce(t.event_group, t.export_id) = coalesce(v.event_group, v.export_id)
            ORDER BY f.id DESC LIMIT 1),
           v.type) AS type,
  EXISTS (SELECT 1 FROM fact_corrections f
          JOIN events t ON f.target IN (t.export_id, t.event_group)
          WHERE f.superseded_by IS NULL AND f.action = 'REJECT'
            AND coalesce(t.event_group, t.export_id) = coalesce(v.event_group, v.export_id))
    AS rejected
FROM events v;
