-- 015: retention. A closed casus whose retention date passed is anonymised in place (doorbraak retentie, and once a
-- day inside serve): its free text, people and participants go, its codes and dates stay for the statistics; each
-- purge leaves a row in verwijderlog (what, when, which referentie, how many; never contents).
-- Every statement here can run again on a database that has it (a test rebuilds older schemas under it).
CREATE TABLE IF NOT EXISTS casus_anonimisering (
	casus_id INTEGER PRIMARY KEY REFERENCES casus(id) ON DELETE CASCADE,
	op TEXT NOT NULL                     -- UTC time of the purge; no row while the casus is whole
);

CREATE TABLE IF NOT EXISTS verwijderlog (
	id INTEGER PRIMARY KEY,
	tijd TEXT NOT NULL,                  -- UTC time of the purge
	wat TEXT NOT NULL CHECK (wat IN ('casus_geanonimiseerd', 'concept_verwijderd', 'sessies', 'inlogtellers',
		'eenmalige_links', 'toegangsaanvragen')),
	referentie TEXT,                     -- the casus (NULL for a concept without one, and for the counts)
	aantal INTEGER NOT NULL CHECK (aantal >= 1),
	grond TEXT NOT NULL CHECK (length(grond) <= 200)   -- the rule: "afgerond 2024-03-01, bewaren tot 2026-03-01"
);
CREATE TRIGGER IF NOT EXISTS verwijderlog_no_update BEFORE UPDATE ON verwijderlog
BEGIN SELECT RAISE(ABORT, 'het verwijderlog is alleen aan te vullen'); END;
CREATE TRIGGER IF NOT EXISTS verwijderlog_no_delete BEFORE DELETE ON verwijderlog
BEGIN SELECT RAISE(ABORT, 'het verwijderlog is alleen aan te vullen'); END;

-- The timeline and the follow-up of an afspraak stay append-only, except for the purge: once the casus is marked
-- anonymised, an entry may lose its text and author and nothing else.
DROP TRIGGER IF EXISTS activiteit_no_update;
CREATE TRIGGER activiteit_no_update BEFORE UPDATE ON activiteit
WHEN NOT (new.omschrijving IS NULL AND new.auteur_id IS NULL AND new.id = old.id AND new.casus_id = old.casus_id
	AND new.type = old.type AND new.datum IS old.datum AND new.interventie_type IS old.interventie_type
	AND new.status_van IS old.status_van AND new.status_naar IS old.status_naar
	AND new.corrigeert_id IS old.corrigeert_id AND new.na_afronding = old.na_afronding
	AND EXISTS (SELECT 1 FROM casus_anonimisering WHERE casus_id = old.casus_id))
BEGIN SELECT RAISE(ABORT, 'de tijdlijn is alleen aan te vullen'); END;

DROP TRIGGER IF EXISTS afspraak_opvolging_no_update;
CREATE TRIGGER afspraak_opvolging_no_update BEFORE UPDATE ON afspraak_opvolging
WHEN NOT (new.notitie IS NULL AND new.auteur_id IS NULL AND new.id = old.id AND new.afspraak_id = old.afspraak_id
	AND new.datum = old.datum AND new.status = old.status
	AND EXISTS (SELECT 1 FROM escalatie_afspraak a JOIN escalatie_bijeenkomst b ON b.id = a.bijeenkomst_id
		JOIN escalatie e ON e.id = b.escalatie_id JOIN casus_anonimisering x ON x.casus_id = e.casus_id
		WHERE a.id = old.afspraak_id))
BEGIN SELECT RAISE(ABORT, 'de opvolging van een afspraak is alleen aan te vullen'); END;
