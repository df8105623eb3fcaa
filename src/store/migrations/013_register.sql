-- 013: the Maatwerkregister (issue 9). The role maatwerkprofessional; the register's entries (one per connected
-- organisation: its maatwerkfunctionaris with mandate, central e-mail and phone) and the profiles of individual
-- maatwerkprofessionals under an entry, with what they can help with (leefgebieden, wetten en regelingen as tags
-- from the allow-lists of 002 and 012, a free text), their region and when they were last confirmed; and their
-- full-text index, kept the way casus_fts is (004): an FTS5 table with the 'dutch' tokenizer, rebuilt per row by
-- the write-only virtual table register_fts_sync of store_fts.c that the triggers name.

-- ---- the role: SQLite cannot change a CHECK, so the table is rebuilt with its rows (as in 008).
CREATE TABLE gebruiker_rol_nieuw (
	gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id),
	rol TEXT NOT NULL CHECK (rol IN ('regievoerder', 'indiener', 'ambassadeur', 'onderzoeker', 'beheerder',
		'let_voorzitter', 'maatwerkprofessional')),
	PRIMARY KEY (gebruiker_id, rol)
);
INSERT INTO gebruiker_rol_nieuw (gebruiker_id, rol) SELECT gebruiker_id, rol FROM gebruiker_rol;
DROP TABLE gebruiker_rol;
ALTER TABLE gebruiker_rol_nieuw RENAME TO gebruiker_rol;

-- ---- entries and profiles: one table, because they are searched, confirmed and shown alike.
-- soort organisatie: the entry of organisatie_id (at most one), naam = its maatwerkfunctionaris, mandaat = from whom
-- the mandate comes, email/telefoon = the central address and number. soort professional: a profile under the
-- entry vermelding_id; organisatie_id is the entry's organisation or a part of it; persoon_id the professional
-- (the owner of the profile). persoon_id of an entry: the functionaris, when known as a persoon.
CREATE TABLE register_item (
	id INTEGER PRIMARY KEY,
	soort TEXT NOT NULL CHECK (soort IN ('organisatie', 'professional')),
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id),
	vermelding_id INTEGER REFERENCES register_item(id),
	persoon_id INTEGER REFERENCES persoon(id),
	naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
	functie TEXT CHECK (functie IS NULL OR length(functie) <= 200),
	mandaat TEXT CHECK (mandaat IS NULL OR length(mandaat) <= 500),
	email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
	telefoon TEXT CHECK (telefoon IS NULL OR length(telefoon) <= 32),
	expertise TEXT CHECK (expertise IS NULL OR length(expertise) <= 4000),
	regio TEXT NOT NULL,
	bevestigd_op TEXT,                   -- YYYY-MM-DD (Europe/Amsterdam) the owner last confirmed it; NULL: never
	bevestigd_door INTEGER REFERENCES gebruiker(id),
	aangemaakt_op TEXT NOT NULL,         -- UTC time
	gewijzigd_op TEXT NOT NULL,
	gewijzigd_door INTEGER REFERENCES gebruiker(id),
	CHECK ((soort = 'organisatie') = (vermelding_id IS NULL)),
	CHECK (soort = 'professional' OR mandaat IS NOT NULL)
);
CREATE UNIQUE INDEX register_item_organisatie ON register_item (organisatie_id) WHERE soort = 'organisatie';
CREATE INDEX register_item_vermelding ON register_item (vermelding_id) WHERE vermelding_id IS NOT NULL;
CREATE INDEX register_item_persoon ON register_item (persoon_id) WHERE persoon_id IS NOT NULL;
CREATE INDEX register_item_org ON register_item (organisatie_id);

-- What an entry or profile can help with: soort leefgebied (codes of 002/012) or wet (the allow-list of 012).
CREATE TABLE register_tag (
	item_id INTEGER NOT NULL REFERENCES register_item(id) ON DELETE CASCADE,
	soort TEXT NOT NULL CHECK (soort IN ('leefgebied', 'wet')),
	code TEXT NOT NULL,
	PRIMARY KEY (item_id, soort, code)
) WITHOUT ROWID;
CREATE INDEX register_tag_code ON register_tag (soort, code);

-- ---- the full-text index: naam, the organisation (name, code, the whole it is part of), functie and mandaat,
-- expertise, and the tags and region in words. ORDER BY rank: a hit in the name or organisation counts most.
CREATE VIRTUAL TABLE register_fts USING fts5(naam, organisatie, functie, expertise, tags, tokenize = 'dutch');
INSERT INTO register_fts (register_fts, rank) VALUES ('rank', 'bm25(6.0, 5.0, 2.0, 3.0, 2.0)');

CREATE TRIGGER register_fts_insert AFTER INSERT ON register_item
BEGIN
	INSERT INTO register_fts_sync (item_id) VALUES (new.id);
END;
CREATE TRIGGER register_fts_update AFTER UPDATE OF id, organisatie_id, naam, functie, mandaat, expertise, regio ON register_item
BEGIN
	INSERT INTO register_fts_sync (item_id) VALUES (old.id);
	INSERT INTO register_fts_sync (item_id) SELECT new.id WHERE new.id <> old.id;
END;
CREATE TRIGGER register_fts_delete AFTER DELETE ON register_item
BEGIN
	INSERT INTO register_fts_sync (item_id) VALUES (old.id);
END;
CREATE TRIGGER register_tag_fts_insert AFTER INSERT ON register_tag
BEGIN
	INSERT INTO register_fts_sync (item_id) VALUES (new.item_id);
END;
CREATE TRIGGER register_tag_fts_delete AFTER DELETE ON register_tag
BEGIN
	INSERT INTO register_fts_sync (item_id) VALUES (old.item_id);
END;
-- An organisation renamed (or given a code or another parent): its entries and profiles, and those of its parts
-- (the index holds the name of the whole), are found by the new name.
CREATE TRIGGER organisatie_register_fts AFTER UPDATE OF naam, code, parent_id ON organisatie
WHEN EXISTS (SELECT 1 FROM register_item r JOIN organisatie o ON o.id = r.organisatie_id
	WHERE o.id = new.id OR o.parent_id = new.id)
BEGIN
	INSERT INTO register_fts_sync (item_id) SELECT r.id FROM register_item r JOIN organisatie o ON o.id = r.organisatie_id
		WHERE o.id = new.id OR o.parent_id = new.id;
END;
