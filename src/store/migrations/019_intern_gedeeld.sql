-- 019: internal and shared (issue 13). A timeline entry is internal (the regievoerders, and the deelnemers the
-- regievoerder lets see internal entries) unless it has a row in activiteit_gedeeld: then it is shared with the
-- indiener as well. A deelnemer sees internal entries (and the complexity score) unless a row in
-- casus_deelnemer_beperkt limits them to what is shared. Tables of their own, so that the timeline stays append-only
-- and every statement can run again on a database that has it (the audit tests replay migrations from 014 on).
CREATE TABLE IF NOT EXISTS activiteit_gedeeld (
	activiteit_id INTEGER PRIMARY KEY REFERENCES activiteit(id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS casus_deelnemer_beperkt (
	casus_id INTEGER NOT NULL,
	persoon_id INTEGER NOT NULL,
	PRIMARY KEY (casus_id, persoon_id),
	FOREIGN KEY (casus_id, persoon_id) REFERENCES casus_deelnemer (casus_id, persoon_id) ON DELETE CASCADE
) WITHOUT ROWID;

-- The entries from before: a status change was always for everyone who sees the casus (its status is on the page
-- anyway), so it stays shared; every other entry (notes, contactmomenten, interventies, corrections) becomes
-- internal, the safe side. The deelnemers invited before keep seeing what they saw: all of it.
INSERT OR IGNORE INTO activiteit_gedeeld (activiteit_id) SELECT id FROM activiteit WHERE type = 'statuswijziging';
