-- Invented. A store as schema version 5 (the release before backup/restore and fact corrections)
-- left it: one extracted report with two people-or-groups and a place, a bombing, a claim of who
-- did it, an analyst's split and a note. StoreMigrationIT loads it into a store migrated up to
-- version 5 only, then opens that store with the current code. Hand-written for that schema:
-- when a migration changes these tables, this file stays as it is (it is the old release's data).
INSERT INTO sources (name, reliability) VALUES ('Invented Ledger', 'C');

INSERT INTO documents (id, text, text_length, parts, title, url, byline, dateline, source,
  published, published_inferred, language, fingerprint, file, raw, media_type, charset,
  ingested_at, copy_of, extracted, not_extracted_reason)
VALUES ('doc-00000000000000a1',
  'Invented report. Farid Zarmal said the Islamic State bombed Jalalabad.', 70,
  '[{"section":"BODY","start":0,"end":70,"author":null,"date":null}]',
  'Invented: bombing in Jalalabad', NULL, NULL, NULL, 'Invented Ledger', '2021-02-23', false,
  'eng', 12345, 'invented.txt',
  convert_to('Invented report. Farid Zarmal said the Islamic State bombed Jalalabad.', 'UTF8'),
  'text/plain', 'UTF-8', '2021-02-23 08:15:30.123456+00', NULL, true, NULL);

INSERT INTO pipelines (id, version, components)
VALUES ('pipeline-5', '0.1.0-schema5', '[]');
INSERT INTO extractions (document, pipeline, extracted_at, problems)
VALUES ('doc-00000000000000a1', 'pipeline-5', '2021-02-23 08:15:31+00', '[]');

INSERT INTO entities (document, key, type, name, kb, entity, lat, lon, country, province,
  gazetteer_id) VALUES
  ('doc-00000000000000a1', 'e1', 'PERSON', 'Farid Zarmal', NULL, 'ent-00000000e1e1', NULL, NULL,
    NULL, NULL, NULL),
  ('doc-00000000000000a1', 'e2', 'ORGANIZATION', 'Islamic State', NULL, 'ent-00000000e2e2', NULL,
    NULL, NULL, NULL, NULL),
  ('doc-00000000000000a1', 'e3', 'LOCATION', 'Jalalabad', NULL, 'ent-00000000e3e3', 34.43,
    70.45, 'AF', 'Nangarhar', NULL);

INSERT INTO mentions (entity, document, section, start, "end", text, kind)
SELECT e.id, e.document, 'BODY', m.s, m.e, m.t, 'NAME'
FROM (VALUES ('e1', 17, 29, 'Farid Zarmal'), ('e2', 39, 52, 'Islamic State'),
             ('e3', 60, 69, 'Jalalabad')) AS m (k, s, e, t)
JOIN entities e ON e.key = m.k;

INSERT INTO events (document, key, export_id, type, time_value, time_precision, time_basis,
  time_text, time_anchor, killed, injured, location, event_group)
SELECT 'doc-00000000000000a1', 'v1', 'evt-0000000000a1', 'BOMBING', NULL, 'UNKNOWN', 'EVENT',
  NULL, NULL, NULL, NULL, id, 'evt-0000000000a1'
FROM entities WHERE key = 'e3';

INSERT INTO event_participants (event, document, entity, role, text)
SELECT v.id, v.document, e.id, 'PERPETRATOR', 'the Islamic State'
FROM events v JOIN entities e ON e.key = 'e2';

INSERT INTO event_evidence (event, document, section, start, "end", text)
SELECT id, document, 'BODY', 35, 69, 'the Islamic State bombed Jalalabad' FROM events;

INSERT INTO claims (document, key, export_id, speaker, speaker_text, modality, section,
  subject_entity, subject_event, predicate, object_entity, object_event)
SELECT 'doc-00000000000000a1', 'c1', 'clm-0000000000c1', s.id, NULL, 'ASSERTED', 'BODY', g.id,
  NULL, 'PERPETRATOR_OF', NULL, v.id
FROM entities s, entities g, events v WHERE s.key = 'e1' AND g.key = 'e2';

INSERT INTO claim_evidence (claim, document, section, start, "end", text)
SELECT id, document, 'BODY', 35, 69, 'the Islamic State bombed Jalalabad' FROM claims;

INSERT INTO corrections (kind, entity, other, why, made_by, made_at)
VALUES ('SPLIT', 'ent-00000000e2e2', NULL, 'invented: a test of migration',
  'tester', '2021-03-01 10:00:00+00');
INSERT INTO correction_members (correction, entity, side)
SELECT c.id, e.id, 'IN' FROM corrections c, entities e WHERE e.key = 'e2';

INSERT INTO notes (target, author, created, text)
VALUES ('ent-00000000e2e2', 'tester', '2021-03-01 10:05:00+00', 'invented note kept since schema 5');
