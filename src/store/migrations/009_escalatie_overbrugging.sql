-- 009: escalaties to the Landelijk Escalatie Team (with their meetings, participants, afspraken and follow-up) and
-- overbruggingen (who pays: candidate payers, pre-financing, decision, settlement). The LET flag of a casus becomes
-- derived: a casus is escalated when it has an escalatie record, and the `escalatie` interventie on its timeline is
-- the entry that record wrote (escalatie.interventie_id). Existing flags and escalatie interventies are turned into
-- records here, so that nothing is lost and each old interventie has its record; then the column goes.
CREATE TABLE escalatie (
	id INTEGER PRIMARY KEY,
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	status TEXT NOT NULL CHECK (status IN ('aangevraagd', 'voorzitter_ingeschakeld', 'bijeenkomst_gepland',
		'afspraken_gemaakt', 'afgerond', 'alleen_voorzitter', 'ingetrokken')),
	aangevraagd_op TEXT NOT NULL,          -- YYYY-MM-DD
	reden TEXT NOT NULL CHECK (length(reden) <= 20000),
	geprobeerd TEXT CHECK (length(geprobeerd) <= 20000),
	gevraagd_besluit TEXT NOT NULL CHECK (length(gevraagd_besluit) <= 20000),
	urgentie TEXT NOT NULL DEFAULT 'normaal' CHECK (urgentie IN ('normaal', 'hoog', 'zeer_hoog')),
	voorzitter_id INTEGER REFERENCES persoon(id),
	uitkomst TEXT CHECK (uitkomst IN ('doorbraak', 'gedeeltelijk', 'geen_doorbraak')),
	resultaat TEXT CHECK (length(resultaat) <= 20000),   -- what came of it, or why it was withdrawn
	afgesloten_op TEXT,                    -- YYYY-MM-DD: afgerond, alleen_voorzitter or ingetrokken
	interventie_id INTEGER REFERENCES activiteit(id) ON DELETE SET NULL,   -- its entry on the timeline
	aangevraagd_door INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	CHECK ((status IN ('afgerond', 'alleen_voorzitter', 'ingetrokken')) = (afgesloten_op IS NOT NULL)),
	CHECK (afgesloten_op IS NULL OR afgesloten_op >= aangevraagd_op),
	CHECK (uitkomst IS NULL OR status IN ('afgerond', 'alleen_voorzitter'))
);
CREATE INDEX escalatie_casus ON escalatie (casus_id);
CREATE INDEX escalatie_voorzitter ON escalatie (voorzitter_id);
CREATE UNIQUE INDEX escalatie_interventie ON escalatie (interventie_id);

-- The organisations whose administrators are asked to the table.
CREATE TABLE escalatie_organisatie (
	escalatie_id INTEGER NOT NULL REFERENCES escalatie(id) ON DELETE CASCADE,
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id),
	volgorde INTEGER NOT NULL,
	PRIMARY KEY (escalatie_id, organisatie_id)
) WITHOUT ROWID;

CREATE TABLE escalatie_bijeenkomst (
	id INTEGER PRIMARY KEY,
	escalatie_id INTEGER NOT NULL REFERENCES escalatie(id) ON DELETE CASCADE,
	datum TEXT NOT NULL,
	notities TEXT CHECK (length(notities) <= 20000),
	auteur_id INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL
);
CREATE INDEX escalatie_bijeenkomst_escalatie ON escalatie_bijeenkomst (escalatie_id, datum);

-- Who sat at the table: administrators (or their stand-ins) with or without mandate. Names of professionals in
-- their role, no citizens.
CREATE TABLE escalatie_deelnemer (
	id INTEGER PRIMARY KEY,
	bijeenkomst_id INTEGER NOT NULL REFERENCES escalatie_bijeenkomst(id) ON DELETE CASCADE,
	naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id),
	functie TEXT CHECK (length(functie) <= 200),
	mandaat INTEGER NOT NULL DEFAULT 0 CHECK (mandaat IN (0, 1)),
	created_at TEXT NOT NULL
);
CREATE INDEX escalatie_deelnemer_bijeenkomst ON escalatie_deelnemer (bijeenkomst_id);

CREATE TABLE escalatie_afspraak (
	id INTEGER PRIMARY KEY,
	bijeenkomst_id INTEGER NOT NULL REFERENCES escalatie_bijeenkomst(id) ON DELETE CASCADE,
	wat TEXT NOT NULL CHECK (length(wat) <= 20000),
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id),
	wie TEXT CHECK (length(wie) <= 200),
	uiterlijk TEXT NOT NULL,               -- YYYY-MM-DD
	auteur_id INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL
);
CREATE INDEX escalatie_afspraak_bijeenkomst ON escalatie_afspraak (bijeenkomst_id);
CREATE INDEX escalatie_afspraak_uiterlijk ON escalatie_afspraak (uiterlijk);

-- The follow-up of an afspraak, append-only; its current status is the latest row ('open' when there is none).
CREATE TABLE afspraak_opvolging (
	id INTEGER PRIMARY KEY,
	afspraak_id INTEGER NOT NULL REFERENCES escalatie_afspraak(id) ON DELETE CASCADE,
	datum TEXT NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('open', 'nagekomen', 'niet_nagekomen', 'vervallen')),
	notitie TEXT CHECK (length(notitie) <= 20000),
	auteur_id INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL
);
CREATE INDEX afspraak_opvolging_afspraak ON afspraak_opvolging (afspraak_id, id);
CREATE TRIGGER afspraak_opvolging_no_update BEFORE UPDATE ON afspraak_opvolging
BEGIN SELECT RAISE(ABORT, 'de opvolging van een afspraak is alleen aan te vullen'); END;

-- An overbrugging: who pays for what, time-boxed, with optional pre-financing and a settlement. Amounts in whole
-- euro cents (never floating point), at most 100 million euro.
CREATE TABLE overbrugging (
	id INTEGER PRIMARY KEY,
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	status TEXT NOT NULL CHECK (status IN ('aangevraagd', 'voorgefinancierd', 'besloten', 'verrekend', 'ingetrokken')),
	aangevraagd_op TEXT NOT NULL,
	wat TEXT NOT NULL CHECK (length(wat) <= 20000),
	geschat_bedrag INTEGER CHECK (geschat_bedrag BETWEEN 0 AND 10000000000),
	periode_van TEXT,
	periode_tot TEXT,
	termijn_werkdagen INTEGER NOT NULL DEFAULT 10 CHECK (termijn_werkdagen BETWEEN 1 AND 60),
	voorfinancier_id INTEGER REFERENCES organisatie(id),
	voorgefinancierd_bedrag INTEGER CHECK (voorgefinancierd_bedrag BETWEEN 1 AND 10000000000),
	voorgefinancierd_op TEXT,
	betaler_id INTEGER REFERENCES organisatie(id),
	grondslag TEXT CHECK (length(grondslag) <= 20000),
	besloten_op TEXT,
	verrekend_bedrag INTEGER CHECK (verrekend_bedrag BETWEEN 0 AND 10000000000),
	verrekend_op TEXT,
	reden_intrekking TEXT CHECK (length(reden_intrekking) <= 20000),
	ingetrokken_op TEXT,
	aangevraagd_door INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	CHECK (periode_tot IS NULL OR periode_van IS NULL OR periode_tot >= periode_van),
	CHECK ((voorfinancier_id IS NULL) = (voorgefinancierd_bedrag IS NULL)),
	CHECK (status NOT IN ('besloten', 'verrekend') OR (betaler_id IS NOT NULL AND besloten_op IS NOT NULL)),
	CHECK ((status = 'verrekend') = (verrekend_op IS NOT NULL)),
	CHECK (verrekend_bedrag IS NULL OR verrekend_bedrag <= voorgefinancierd_bedrag),
	CHECK ((status = 'ingetrokken') = (ingetrokken_op IS NOT NULL))
);
CREATE INDEX overbrugging_casus ON overbrugging (casus_id);
CREATE INDEX overbrugging_open ON overbrugging (aangevraagd_op) WHERE status IN ('aangevraagd', 'voorgefinancierd');

CREATE TABLE overbrugging_regeling (
	overbrugging_id INTEGER NOT NULL REFERENCES overbrugging(id) ON DELETE CASCADE,
	regeling TEXT NOT NULL CHECK (regeling IN ('wmo', 'wlz', 'zvw', 'jeugdwet', 'participatiewet', 'wfz',
		'wet_kinderopvang', 'anders')),
	PRIMARY KEY (overbrugging_id, regeling)
) WITHOUT ROWID;

-- The organisations that might have to pay, each with where it stands.
CREATE TABLE overbrugging_kandidaat (
	overbrugging_id INTEGER NOT NULL REFERENCES overbrugging(id) ON DELETE CASCADE,
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id),
	standpunt TEXT NOT NULL DEFAULT 'onbekend' CHECK (standpunt IN ('onbekend', 'betwist', 'deels', 'erkent')),
	toelichting TEXT CHECK (length(toelichting) <= 20000),
	volgorde INTEGER NOT NULL,
	PRIMARY KEY (overbrugging_id, organisatie_id)
) WITHOUT ROWID;

-- The old LET flag without an escalatie interventie on the timeline: give it one (the timeline only grows).
INSERT INTO activiteit (casus_id, type, datum, interventie_type, omschrijving, created_at)
	SELECT c.id, 'interventie', coalesce(c.afgerond_op, c.ontvangen_op), 'escalatie',
		'Escalatie naar het Landelijk Escalatie Team (overgenomen uit de eerdere registratie).',
		strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
	FROM casus c
	WHERE c.let_escalatie = 1 AND NOT EXISTS (SELECT 1 FROM activiteit a
		WHERE a.casus_id = c.id AND a.type = 'interventie' AND a.interventie_type = 'escalatie');

-- Every escalatie interventie gets its record: afgerond when the casus is, else aangevraagd; what was not recorded
-- before (the decision asked for, the outcome) is said to be unknown.
INSERT INTO escalatie (casus_id, status, aangevraagd_op, reden, gevraagd_besluit, urgentie, uitkomst, resultaat,
		afgesloten_op, interventie_id, created_at, updated_at)
	SELECT a.casus_id, CASE WHEN c.status = 'afgerond' THEN 'afgerond' ELSE 'aangevraagd' END, a.datum,
		coalesce(nullif(trim(a.omschrijving), ''), 'Escalatie naar het Landelijk Escalatie Team.'),
		'Niet vastgelegd (overgenomen uit de registratie van vóór de escalatiemodule).', c.urgentie, NULL,
		CASE WHEN c.status = 'afgerond' THEN
			'Niet vastgelegd (overgenomen uit de registratie van vóór de escalatiemodule).' END,
		CASE WHEN c.status = 'afgerond' THEN max(a.datum, coalesce(c.afgerond_op, a.datum)) END,
		a.id, a.created_at, a.created_at
	FROM activiteit a JOIN casus c ON c.id = a.casus_id
	WHERE a.type = 'interventie' AND a.interventie_type = 'escalatie'
	ORDER BY a.id;

ALTER TABLE casus DROP COLUMN let_escalatie;
