-- 003: casussen with their classifications, involved organisations, knelpunten, the append-only timeline
-- (activiteiten, of which interventies are one kind), participants, leerpunten with their beleggingen and
-- the follow-up history of each belegging.
CREATE TABLE referentie_teller (jaar INTEGER PRIMARY KEY, laatste INTEGER NOT NULL);

CREATE TABLE casus (
	id INTEGER PRIMARY KEY,
	referentie TEXT UNIQUE,              -- PMM-YYYY-NNNN; NULL while a draft (concept)
	status TEXT NOT NULL CHECK (status IN ('concept', 'aangemeld', 'in_behandeling', 'afgerond')),
	ontvangen_op TEXT NOT NULL,          -- YYYY-MM-DD, start of the looptijd
	afgerond_op TEXT,                    -- YYYY-MM-DD, end of the looptijd
	indiener_id INTEGER REFERENCES persoon(id),
	indiener_type TEXT CHECK (indiener_type IN ('gemeente', 'landelijke_publieke_dienstverlener', 'zorginstelling', 'overig')),
	regievoerder_id INTEGER REFERENCES persoon(id),
	hulpvraag TEXT NOT NULL CHECK (length(hulpvraag) <= 20000),
	situatie TEXT CHECK (length(situatie) <= 20000),
	geprobeerd TEXT CHECK (length(geprobeerd) <= 20000),
	urgentie TEXT NOT NULL DEFAULT 'normaal' CHECK (urgentie IN ('normaal', 'hoog', 'zeer_hoog')),
	maatwerk TEXT CHECK (maatwerk IN ('geen', 'hardheidsclausule', 'evenredigheidsbeginsel', 'maatwerkbudget', 'anders')),
	resultaat TEXT CHECK (length(resultaat) <= 20000),
	procesregie_houder TEXT,
	procesregie_terugkoppeling TEXT,
	procesregie_dossierhouder TEXT,
	let_escalatie INTEGER NOT NULL DEFAULT 0 CHECK (let_escalatie IN (0, 1)),
	buitenlandse_component INTEGER NOT NULL DEFAULT 0 CHECK (buitenlandse_component IN (0, 1)),
	followup_op TEXT,                    -- when to ask whether the citizen was helped
	followup_antwoord TEXT CHECK (followup_antwoord IN ('opgelost', 'deels_opgelost', 'niet_opgelost', 'onbekend')),
	followup_toelichting TEXT,
	aangemaakt_door INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	CHECK (status = 'concept' OR referentie IS NOT NULL),
	CHECK (afgerond_op IS NULL OR afgerond_op >= ontvangen_op),
	CHECK (status <> 'afgerond' OR (afgerond_op IS NOT NULL AND resultaat IS NOT NULL))
);
CREATE INDEX casus_status ON casus (status);
CREATE INDEX casus_regievoerder ON casus (regievoerder_id);
CREATE INDEX casus_indiener ON casus (indiener_id);
CREATE INDEX casus_afgerond ON casus (afgerond_op);
CREATE INDEX casus_ontvangen ON casus (ontvangen_op);
CREATE INDEX casus_followup ON casus (followup_op) WHERE followup_antwoord IS NULL;

CREATE TABLE casus_leefgebied (
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	leefgebied TEXT NOT NULL REFERENCES leefgebied(code),
	PRIMARY KEY (casus_id, leefgebied)
) WITHOUT ROWID;

CREATE TABLE casus_beleidsterrein (
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	beleidsterrein TEXT NOT NULL CHECK (beleidsterrein IN ('VWS', 'SZW', 'JenV', 'BZK', 'OCW', 'FIN', 'BuZa', 'AenM', 'VRO')),
	PRIMARY KEY (casus_id, beleidsterrein)
) WITHOUT ROWID;

CREATE TABLE casus_organisatie (
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id),
	rol TEXT,                             -- what this party does in the casus
	volgorde INTEGER NOT NULL,
	PRIMARY KEY (casus_id, organisatie_id)
) WITHOUT ROWID;

CREATE TABLE knelpunt (
	id INTEGER PRIMARY KEY,
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	categorie TEXT NOT NULL REFERENCES categorie(code),
	omschrijving TEXT NOT NULL CHECK (length(omschrijving) <= 20000),
	volgorde INTEGER NOT NULL
);
CREATE INDEX knelpunt_casus ON knelpunt (casus_id);

-- The timeline. Append-only: a correction is a new row that refers to the one it corrects.
CREATE TABLE activiteit (
	id INTEGER PRIMARY KEY,
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	type TEXT NOT NULL CHECK (type IN ('contactmoment', 'notitie', 'interventie', 'statuswijziging', 'correctie')),
	datum TEXT NOT NULL,                  -- YYYY-MM-DD: when it happened
	interventie_type TEXT REFERENCES interventie_type(code),
	omschrijving TEXT CHECK (length(omschrijving) <= 20000),
	status_van TEXT,
	status_naar TEXT,
	corrigeert_id INTEGER REFERENCES activiteit(id),
	auteur_id INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL,
	CHECK ((type = 'interventie') = (interventie_type IS NOT NULL))
);
CREATE INDEX activiteit_casus ON activiteit (casus_id, id);
CREATE TRIGGER activiteit_no_update BEFORE UPDATE ON activiteit
BEGIN SELECT RAISE(ABORT, 'de tijdlijn is alleen aan te vullen'); END;

-- Who may see a casus besides the regievoerders: invited ambassadeurs and maatwerkprofessionals.
CREATE TABLE casus_deelnemer (
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	persoon_id INTEGER NOT NULL REFERENCES persoon(id),
	rol TEXT NOT NULL CHECK (rol IN ('ambassadeur', 'maatwerkprofessional')),
	uitgenodigd_door INTEGER REFERENCES gebruiker(id),
	uitgenodigd_op TEXT NOT NULL,
	PRIMARY KEY (casus_id, persoon_id)
) WITHOUT ROWID;

CREATE TABLE leerpunt (
	id INTEGER PRIMARY KEY,
	omschrijving TEXT NOT NULL CHECK (length(omschrijving) <= 20000),
	categorie TEXT NOT NULL REFERENCES categorie(code),
	orde INTEGER NOT NULL CHECK (orde IN (1, 2, 3)),
	vraag INTEGER NOT NULL DEFAULT 0 CHECK (vraag IN (0, 1)),
	al_bekend INTEGER NOT NULL DEFAULT 0 CHECK (al_bekend IN (0, 1)),
	terugkerend INTEGER NOT NULL DEFAULT 0 CHECK (terugkerend IN (0, 1)),
	created_at TEXT NOT NULL
);

-- A leerpunt belongs to one casus or several (the same lesson seen again).
CREATE TABLE leerpunt_casus (
	leerpunt_id INTEGER NOT NULL REFERENCES leerpunt(id) ON DELETE CASCADE,
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	volgorde INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (leerpunt_id, casus_id)
) WITHOUT ROWID;
CREATE INDEX leerpunt_casus_casus ON leerpunt_casus (casus_id);

CREATE TABLE leerpunt_thema (
	leerpunt_id INTEGER NOT NULL REFERENCES leerpunt(id) ON DELETE CASCADE,
	thema TEXT NOT NULL CHECK (length(thema) BETWEEN 1 AND 200),
	PRIMARY KEY (leerpunt_id, thema)
) WITHOUT ROWID;
CREATE INDEX leerpunt_thema_thema ON leerpunt_thema (thema);

-- A leerpunt belegd bij one party (an organisation; PMM itself is the organisation with code PMM).
CREATE TABLE belegging (
	id INTEGER PRIMARY KEY,
	leerpunt_id INTEGER NOT NULL REFERENCES leerpunt(id) ON DELETE CASCADE,
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id),
	volgorde INTEGER NOT NULL DEFAULT 0,
	volgende_navraag TEXT,               -- YYYY-MM-DD: when to ask again what was done
	doorgezet_naar_id INTEGER REFERENCES belegging(id),
	created_at TEXT NOT NULL
);
CREATE INDEX belegging_leerpunt ON belegging (leerpunt_id);
CREATE INDEX belegging_organisatie ON belegging (organisatie_id);

-- The follow-up history of a belegging; its current status is the latest row.
CREATE TABLE belegging_status (
	id INTEGER PRIMARY KEY,
	belegging_id INTEGER NOT NULL REFERENCES belegging(id) ON DELETE CASCADE,
	datum TEXT NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('belegd', 'in_verkenning', 'in_uitvoering', 'opgevolgd', 'geen_opvolging', 'onbekend')),
	reden TEXT CHECK (reden IN ('geen_rol_of_bevoegdheid', 'beantwoord_conform_beleid', 'niet_structureel', 'niet_herkend',
		'stelselvraagstuk', 'bewuste_beleidskeuze', 'niet_te_achterhalen')),
	notitie TEXT CHECK (length(notitie) <= 20000),
	bron TEXT CHECK (length(bron) <= 200),   -- ambassadeursoverleg, interview, e-mail, Bestuurlijke Tafel ...
	auteur_id INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL,
	CHECK (reden IS NULL OR status = 'geen_opvolging')
);
CREATE INDEX belegging_status_belegging ON belegging_status (belegging_id, id);
