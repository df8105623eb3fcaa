-- 001: organisations, people, accounts, sessions, API tokens, login throttling and the audit log.
CREATE TABLE organisatie (
	id INTEGER PRIMARY KEY,
	naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
	type TEXT NOT NULL CHECK (type IN ('ministerie', 'gemeente', 'landelijke_publieke_dienstverlener',
		'zorgaanbieder', 'zorgverzekeraar', 'zorgkantoor', 'woningcorporatie', 'loket', 'overig')),
	code TEXT UNIQUE,                -- ministries (VWS, SZW, ...) and PMM itself
	parent_id INTEGER REFERENCES organisatie(id),
	aangesloten_sinds TEXT,          -- YYYY-MM-DD: formally connected to PMM
	aangesloten_tot TEXT
);
CREATE UNIQUE INDEX organisatie_naam_type ON organisatie (naam COLLATE NOCASE, type);

CREATE TABLE persoon (
	id INTEGER PRIMARY KEY,
	naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
	email TEXT CHECK (email IS NULL OR length(email) <= 254),
	telefoon TEXT,
	functie TEXT,
	organisatie_id INTEGER REFERENCES organisatie(id)
);
CREATE UNIQUE INDEX persoon_email ON persoon (email COLLATE NOCASE) WHERE email IS NOT NULL;

CREATE TABLE gebruiker (
	id INTEGER PRIMARY KEY,
	persoon_id INTEGER NOT NULL UNIQUE REFERENCES persoon(id),
	password_hash TEXT NOT NULL,
	actief INTEGER NOT NULL DEFAULT 1 CHECK (actief IN (0, 1)),
	created_at TEXT NOT NULL
);

CREATE TABLE gebruiker_rol (
	gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id),
	rol TEXT NOT NULL CHECK (rol IN ('regievoerder', 'indiener', 'ambassadeur', 'onderzoeker', 'beheerder')),
	PRIMARY KEY (gebruiker_id, rol)
);

-- Sessions live in the database so that several servers can share them. Only a hash of the id is kept.
CREATE TABLE session (
	id_hash TEXT PRIMARY KEY,
	gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id),
	csrf TEXT NOT NULL,
	created_at INTEGER NOT NULL,     -- unix seconds
	last_seen INTEGER NOT NULL
);
CREATE INDEX session_gebruiker ON session (gebruiker_id);

CREATE TABLE api_token (
	id INTEGER PRIMARY KEY,
	gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id),
	token_hash TEXT NOT NULL UNIQUE,
	created_at TEXT NOT NULL,
	revoked_at TEXT
);

-- Failed logins per key ("account:<email>" or "addr:<ip>") within a window.
CREATE TABLE login_attempt (
	key TEXT PRIMARY KEY,
	failures INTEGER NOT NULL,
	window_start INTEGER NOT NULL,
	blocked_until INTEGER NOT NULL DEFAULT 0
);

-- Append-only and hash-chained: hash = SHA-256(prev_hash || the row's fields).
CREATE TABLE audit (
	id INTEGER PRIMARY KEY,
	tijd TEXT NOT NULL,
	request_id TEXT,
	gebruiker_id INTEGER,
	rol TEXT,
	actie TEXT NOT NULL,
	object_type TEXT,
	object_id TEXT,
	uitkomst TEXT NOT NULL CHECK (uitkomst IN ('toegestaan', 'geweigerd', 'mislukt')),
	adres TEXT,
	prev_hash TEXT NOT NULL,
	hash TEXT NOT NULL
);
CREATE INDEX audit_object ON audit (object_type, object_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
