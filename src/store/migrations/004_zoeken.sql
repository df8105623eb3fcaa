-- 004: full-text search over the referentie, hulpvraag, situatie and timeline of each casus (issue 3, "Search").
--
-- casus_fts is a plain FTS5 table (it keeps its own copy of the text) with rowid = casus.id; the column tijdlijn
-- holds the omschrijvingen of the casus's activiteiten in order, one per line. Tokenizer 'dutch' (store_fts.c):
-- unicode61 words, lowercased, diacritics removed, Snowball Dutch stems. Query it only with a MATCH expression
-- made by store_fts_query().
--
-- Every connection that writes casus or activiteit must have called store_fts_register() (store_open does);
-- the sqlite3 shell cannot, so it can read but not change casussen.
--
-- The triggers do not write casus_fts themselves: with PRAGMA trusted_schema=OFF (db.c) SQLite refuses FTS5
-- tables inside triggers ("unsafe use of virtual table"). They name the casus that changed in casus_fts_sync,
-- a write-only virtual table of store_fts.c that deletes that casus's row from casus_fts and inserts it anew
-- from casus and activiteit (a casus is inserted before its activiteiten, so each activiteit rebuilds it).
CREATE VIRTUAL TABLE casus_fts USING fts5(referentie, hulpvraag, situatie, tijdlijn, tokenize = 'dutch');
-- ORDER BY rank: a hit in the referentie counts most, then the hulpvraag, then situatie and timeline.
INSERT INTO casus_fts (casus_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 1.0)');

CREATE TRIGGER casus_fts_insert AFTER INSERT ON casus
BEGIN
	INSERT INTO casus_fts_sync (casus_id) VALUES (new.id);
END;

CREATE TRIGGER casus_fts_update AFTER UPDATE OF id, referentie, hulpvraag, situatie ON casus
WHEN old.id IS NOT new.id OR old.referentie IS NOT new.referentie OR old.hulpvraag IS NOT new.hulpvraag
	OR old.situatie IS NOT new.situatie
BEGIN
	INSERT INTO casus_fts_sync (casus_id) VALUES (old.id);
	INSERT INTO casus_fts_sync (casus_id) SELECT new.id WHERE new.id <> old.id;
END;

CREATE TRIGGER casus_fts_delete AFTER DELETE ON casus
BEGIN
	INSERT INTO casus_fts_sync (casus_id) VALUES (old.id);
END;

CREATE TRIGGER activiteit_fts_insert AFTER INSERT ON activiteit WHEN new.omschrijving IS NOT NULL
BEGIN
	INSERT INTO casus_fts_sync (casus_id) VALUES (new.casus_id);
END;

-- Activiteiten are never changed, but go when their casus is deleted (and whoever deletes one by hand).
CREATE TRIGGER activiteit_fts_delete AFTER DELETE ON activiteit WHEN old.omschrijving IS NOT NULL
BEGIN
	INSERT INTO casus_fts_sync (casus_id) VALUES (old.casus_id);
END;

INSERT INTO casus_fts_sync (casus_id) SELECT id FROM casus;
