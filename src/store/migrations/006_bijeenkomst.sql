-- 006: the monthly meetings of systeemleren. The signalenoverleg (regievoerders with the researchers) sharpens
-- knelpunten and leerpunten of closed casussen; the ambassadeursoverleg (ambassadeurs and regievoerders) decides
-- where each leerpunt is belegd. Per casus discussed, what was decided; so a casus shows whether and when it was
-- discussed, and the agenda of the next meeting leaves it out.
CREATE TABLE bijeenkomst (
	id INTEGER PRIMARY KEY,
	soort TEXT NOT NULL CHECK (soort IN ('signalenoverleg', 'ambassadeursoverleg')),
	datum TEXT NOT NULL,                 -- YYYY-MM-DD
	notities TEXT CHECK (length(notities) <= 20000),
	aangemaakt_door INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL
);
CREATE INDEX bijeenkomst_soort_datum ON bijeenkomst (soort, datum);

CREATE TABLE bijeenkomst_casus (
	bijeenkomst_id INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	besluit TEXT CHECK (length(besluit) <= 20000),   -- leerpunten aangescherpt, belegd bij wie ...
	besproken_op TEXT NOT NULL,          -- YYYY-MM-DD: the meeting's date
	auteur_id INTEGER REFERENCES gebruiker(id),
	updated_at TEXT NOT NULL,
	PRIMARY KEY (bijeenkomst_id, casus_id)
) WITHOUT ROWID;
CREATE INDEX bijeenkomst_casus_casus ON bijeenkomst_casus (casus_id);
