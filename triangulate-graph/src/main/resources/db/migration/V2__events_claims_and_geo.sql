-- Triangulate store, schema 2: the events and claims each document reports, with their
-- participants, channels and evidence; and gazetteer coordinates on document-local entities.
-- References inside one extraction (locations, participants, speakers, subjects, objects,
-- channels) point at rows of the same document: composite foreign keys on (document, id)
-- enforce that. Vocabularies follow the model's enums; adding a constant needs a migration.

ALTER TABLE entities
  ADD COLUMN lat          double precision CHECK (lat BETWEEN -90 AND 90),
  ADD COLUMN lon          double precision CHECK (lon BETWEEN -180 AND 180),
  ADD COLUMN country      text,
  ADD COLUMN province     text,
  ADD COLUMN gazetteer_id text,
  ADD CONSTRAINT entities_geo_complete
    CHECK (num_nulls(lat, lon, country) IN (0, 3)
      AND (country IS NOT NULL OR (province IS NULL AND gazetteer_id IS NULL))),
  -- the target of the same-document references below
  ADD CONSTRAINT entities_document_id UNIQUE (document, id);

-- export_id: evt- and 12 hex digits of the SHA-256 of the document id and key, computed on
-- save so that it is stable across exports and stores.
CREATE TABLE events (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document       text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  key            text NOT NULL,
  export_id      text NOT NULL UNIQUE CHECK (export_id ~ '^evt-[0-9a-f]{12}$'),
  type           text NOT NULL CHECK (type IN ('ARREST', 'MISSILE_ATTACK', 'BOMBING',
                   'ASSASSINATION', 'KILLING', 'KIDNAPPING', 'ARMED_ASSAULT', 'ATTACK', 'PLOT')),
  time_value     text,
  time_precision text NOT NULL
                   CHECK (time_precision IN ('DAY', 'MONTH', 'YEAR', 'RANGE', 'UNKNOWN')),
  time_basis     text NOT NULL CHECK (time_basis IN ('EVENT', 'REPORTED')),
  time_text      text,
  time_anchor    date,
  killed         integer CHECK (killed >= 0),
  injured        integer CHECK (injured >= 0),
  location       bigint,
  UNIQUE (document, key),
  UNIQUE (document, id),
  CHECK ((time_value IS NULL) = (time_precision = 'UNKNOWN')),
  FOREIGN KEY (document, location) REFERENCES entities (document, id) ON DELETE CASCADE
);
CREATE INDEX events_location ON events (location);

-- entity: null for unnamed actors ("gunmen"); text says how the document names them.
CREATE TABLE event_participants (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event    bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  entity   bigint,
  role     text NOT NULL
             CHECK (role IN ('AGENT', 'PERPETRATOR', 'TARGET', 'VICTIM', 'DETAINEE', 'CLAIMANT')),
  text     text NOT NULL,
  FOREIGN KEY (document, event) REFERENCES events (document, id) ON DELETE CASCADE,
  FOREIGN KEY (document, entity) REFERENCES entities (document, id) ON DELETE CASCADE
);
CREATE INDEX event_participants_event ON event_participants (event);
CREATE INDEX event_participants_entity ON event_participants (entity);

CREATE TABLE event_evidence (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event    bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  section  text NOT NULL CHECK (section IN ('TITLE', 'BODY', 'CAPTION', 'COMMENT')),
  start    integer NOT NULL CHECK (start >= 0),
  "end"    integer NOT NULL CHECK ("end" >= start),
  text     text NOT NULL,
  FOREIGN KEY (document, event) REFERENCES events (document, id) ON DELETE CASCADE
);
CREATE INDEX event_evidence_event ON event_evidence (event);

-- A claim is about an entity or an event (exactly one subject column set) and may have an
-- entity or an event on the other side. export_id: clm- and 12 hex digits, as for events.
CREATE TABLE claims (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document       text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  key            text NOT NULL,
  export_id      text NOT NULL UNIQUE CHECK (export_id ~ '^clm-[0-9a-f]{12}$'),
  speaker        bigint,
  speaker_text   text,
  modality       text NOT NULL CHECK (modality IN ('ASSERTED', 'ACCUSED', 'CONFESSED', 'CLAIMED',
                   'DENIED', 'HEDGED')),
  section        text NOT NULL CHECK (section IN ('TITLE', 'BODY', 'CAPTION', 'COMMENT')),
  subject_entity bigint,
  subject_event  bigint,
  predicate      text NOT NULL CHECK (predicate IN ('MEMBER_OF', 'LEADS', 'FOUNDED',
                   'SPOKESPERSON_FOR', 'WORKS_FOR', 'BRANCH_OF', 'COOPERATES_WITH',
                   'PERPETRATOR_OF', 'CLAIMED', 'ARRESTED', 'TARGETED', 'VICTIM_OF',
                   'DETAINED_IN', 'OCCURRED')),
  object_entity  bigint,
  object_event   bigint,
  UNIQUE (document, key),
  UNIQUE (document, id),
  CHECK (speaker IS NOT NULL OR speaker_text IS NOT NULL),
  CHECK (num_nonnulls(subject_entity, subject_event) = 1),
  CHECK (num_nonnulls(object_entity, object_event) <= 1),
  FOREIGN KEY (document, speaker) REFERENCES entities (document, id) ON DELETE CASCADE,
  FOREIGN KEY (document, subject_entity) REFERENCES entities (document, id) ON DELETE CASCADE,
  FOREIGN KEY (document, subject_event) REFERENCES events (document, id) ON DELETE CASCADE,
  FOREIGN KEY (document, object_entity) REFERENCES entities (document, id) ON DELETE CASCADE,
  FOREIGN KEY (document, object_event) REFERENCES events (document, id) ON DELETE CASCADE
);
CREATE INDEX claims_speaker ON claims (speaker);

-- The channels a claim reached the document through, nearest first (position 0).
CREATE TABLE claim_via (
  claim    bigint NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 0),
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  entity   bigint NOT NULL,
  PRIMARY KEY (claim, position),
  FOREIGN KEY (document, claim) REFERENCES claims (document, id) ON DELETE CASCADE,
  FOREIGN KEY (document, entity) REFERENCES entities (document, id) ON DELETE CASCADE
);

CREATE TABLE claim_evidence (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  claim    bigint NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  section  text NOT NULL CHECK (section IN ('TITLE', 'BODY', 'CAPTION', 'COMMENT')),
  start    integer NOT NULL CHECK (start >= 0),
  "end"    integer NOT NULL CHECK ("end" >= start),
  text     text NOT NULL,
  FOREIGN KEY (document, claim) REFERENCES claims (document, id) ON DELETE CASCADE
);
CREATE INDEX claim_evidence_claim ON claim_evidence (claim);

CREATE TRIGGER event_evidence_span_inside_document BEFORE INSERT OR UPDATE ON event_evidence
  FOR EACH ROW EXECUTE FUNCTION span_inside_document();
CREATE TRIGGER claim_evidence_span_inside_document BEFORE INSERT OR UPDATE ON claim_evidence
  FOR EACH ROW EXECUTE FUNCTION span_inside_document();
