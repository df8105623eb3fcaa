-- 014: a tamper-evident audit log (issue 15). Each row carries a keyed MAC (BLAKE2b with a key kept outside the
-- database) over the previous row's MAC and a length-prefixed encoding of every field, its number included; the rows
-- are numbered 1, 2, 3 ... without gaps by the store, not by the database. New fields: namens (on behalf of whom),
-- casus (the referentie the row concerns, also when the object is a part of it) and doel (the purpose). The head of
-- the chain is copied at intervals into a checkpoint file outside the database and into audit_controlepunt, so
-- deleting the tail, or replacing the checkpoint file with an older one, is found. The rows from before this version
-- are renumbered in their order and sealed once, with the key, when this migration runs (store/audit/audit.c). The
-- role privacy (the functionaris gegevensbescherming) reads the log; SQLite cannot change a CHECK, so gebruiker_rol
-- is rebuilt as in 008 and 013.
CREATE TABLE audit_nieuw (
	id INTEGER PRIMARY KEY,   -- the row's number in the chain: 1, 2, 3 ... set by the store
	tijd TEXT NOT NULL,
	request_id TEXT,
	gebruiker_id INTEGER,
	rol TEXT,
	namens TEXT,
	actie TEXT NOT NULL,
	object_type TEXT,
	object_id TEXT,
	casus TEXT,
	doel TEXT,
	uitkomst TEXT NOT NULL CHECK (uitkomst IN ('toegestaan', 'geweigerd', 'mislukt')),
	adres TEXT,
	mac TEXT   -- hex BLAKE2b-256; NULL only between this migration and its sealing, in one transaction
);
INSERT INTO audit_nieuw (id, tijd, request_id, gebruiker_id, rol, actie, object_type, object_id, casus, uitkomst,
	adres)
	SELECT row_number() OVER (ORDER BY id), tijd, request_id, gebruiker_id, rol, actie, object_type, object_id,
		CASE WHEN object_type = 'casus' THEN object_id END, uitkomst, adres
	FROM audit;
DROP TABLE audit;
ALTER TABLE audit_nieuw RENAME TO audit;
CREATE INDEX audit_object ON audit (object_type, object_id);
CREATE INDEX audit_casus ON audit (casus) WHERE casus IS NOT NULL;
CREATE INDEX audit_gebruiker ON audit (gebruiker_id, id);
CREATE INDEX audit_tijd ON audit (tijd);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
	WHEN OLD.mac IS NOT NULL BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

-- The checkpoints written to the checkpoint file, also kept here: one the file lacks means the file was replaced.
CREATE TABLE audit_controlepunt (
	aantal INTEGER PRIMARY KEY,   -- rows in the chain at the checkpoint
	kop TEXT NOT NULL,            -- the MAC of row aantal
	tijd TEXT NOT NULL,
	mac TEXT NOT NULL             -- over aantal, kop and tijd
);
CREATE TRIGGER audit_controlepunt_no_update BEFORE UPDATE ON audit_controlepunt
	BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_controlepunt_no_delete BEFORE DELETE ON audit_controlepunt
	BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TABLE gebruiker_rol_nieuw (
	gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id),
	rol TEXT NOT NULL CHECK (rol IN ('regievoerder', 'indiener', 'ambassadeur', 'onderzoeker', 'beheerder',
		'let_voorzitter', 'maatwerkprofessional', 'privacy')),
	PRIMARY KEY (gebruiker_id, rol)
);
INSERT INTO gebruiker_rol_nieuw (gebruiker_id, rol) SELECT gebruiker_id, rol FROM gebruiker_rol;
DROP TABLE gebruiker_rol;
ALTER TABLE gebruiker_rol_nieuw RENAME TO gebruiker_rol;
