-- 012: systeemleren as PMM works it (issue 11). What a casus records faithfully (wetten en regelingen, the kinds of a
-- knelpunt, maatwerk as records, why it got no leerpunt, a leefgebied for woonland and BRP registration); signals
-- without a casus and their links; what beleggingen need (PMM's kind of involvement, addressed but deliberately not
-- belegd, a joint belegging with a lead party); monitoring entries after closure; the navraag in rounds with a
-- peildatum; realised system changes; the summary a regievoerder grants the researchers. The codes are the core's
-- (src/core/codes_systeemleren.c); tests/unit/test_store.c checks that both agree.

INSERT INTO leefgebied VALUES ('woonland_ingezetenschap', 'Woonland en ingezetenschap (inschrijving in de BRP)', 13);

-- Wetten en regelingen, allow-listed: tags on casussen, leerpunten and maatwerk (and the Maatwerkregister's expertise).
CREATE TABLE wet_regeling (code TEXT PRIMARY KEY, naam TEXT NOT NULL, volgorde INTEGER NOT NULL);
INSERT INTO wet_regeling VALUES
	('wlz', 'Wet langdurige zorg (Wlz)', 1),
	('zvw', 'Zorgverzekeringswet (Zvw)', 2),
	('wmo_2015', 'Wet maatschappelijke ondersteuning 2015 (Wmo)', 3),
	('jeugdwet', 'Jeugdwet', 4),
	('participatiewet', 'Participatiewet', 5),
	('brp', 'Wet basisregistratie personen (BRP)', 6),
	('awb', 'Algemene wet bestuursrecht (Awb)', 7),
	('wsf_2000', 'Wet studiefinanciering 2000 (Wsf 2000)', 8),
	('toeslagen', 'Toeslagen (Awir, zorgtoeslag, huurtoeslag, kinderopvangtoeslag, kindgebonden budget)', 9),
	('vreemdelingenwet', 'Vreemdelingenwet 2000', 10),
	('wzd', 'Wet zorg en dwang (Wzd)', 11),
	('wvggz', 'Wet verplichte geestelijke gezondheidszorg (Wvggz)', 12),
	('wfz', 'Wet forensische zorg (Wfz)', 13),
	('aow', 'Algemene Ouderdomswet (AOW)', 14),
	('ww', 'Werkloosheidswet (WW)', 15),
	('wia', 'Wet werk en inkomen naar arbeidsvermogen (WIA)', 16),
	('wajong', 'Wet arbeidsongeschiktheidsvoorziening jonggehandicapten (Wajong)', 17),
	('akw', 'Algemene Kinderbijslagwet (AKW)', 18),
	('wgs', 'Wet gemeentelijke schuldhulpverlening (Wgs)', 19),
	('wsnp', 'Wet schuldsanering natuurlijke personen (Wsnp)', 20),
	('leerplichtwet', 'Leerplichtwet 1969', 21),
	('passend_onderwijs', 'Wet passend onderwijs', 22),
	('huisvestingswet', 'Huisvestingswet 2014', 23),
	('penitentiaire_beginselenwet', 'Penitentiaire beginselenwet', 24),
	('anders', 'Andere wet of regeling', 25);

CREATE TABLE casus_wet (
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	wet TEXT NOT NULL REFERENCES wet_regeling(code),
	PRIMARY KEY (casus_id, wet)
) WITHOUT ROWID;

ALTER TABLE casus ADD COLUMN reden_geen_leerpunt TEXT CHECK (reden_geen_leerpunt IN ('uniek', 'vanzelf_opgelost', 'snel_doorverwezen', 'nog_niet_vastgelopen', 'nog_niet_besproken'));

-- The kinds of a knelpunt within its categorie (core checks that each kind belongs to the knelpunt's categorie).
CREATE TABLE knelpunt_soort (
	knelpunt_id INTEGER NOT NULL REFERENCES knelpunt(id) ON DELETE CASCADE,
	soort TEXT NOT NULL CHECK (soort IN ('lacune', 'vicieuze_cirkel', 'rigide_toepassing', 'onduidelijke_verantwoordelijkheid',
		'vrijwillig_gedwongen_kader', 'onvoorziene_situatie', 'onduidelijke_interpretatie',
		'onduidelijke_afwijkingsruimte', 'schaarste_woonruimte', 'schaarste_zorgplek', 'personeelstekort',
		'trage_processen', 'complexe_procedure', 'lange_doorlooptijd', 'terugvordering',
		'complexe_regelgeving', 'onduidelijk_handelingsperspectief', 'juridisch_administratief_proces',
		'financieringsmogelijkheden', 'invulling_zorgindicatie', 'onbekende_hulpstructuur',
		'verwachte_kennis_ontbrak', 'verschil_in_visie', 'onduidelijke_rolverdeling',
		'weinig_constructieve_houding', 'onduidelijke_financiering', 'vanuit_organisatie',
		'organisatie_inwoner', 'binnen_organisatie', 'met_buitenland')),
	PRIMARY KEY (knelpunt_id, soort)
) WITHOUT ROWID;

-- Maatwerk as it was applied: which form, by whom, under which rule (casus.maatwerk stays as the summary).
CREATE TABLE maatwerk_toepassing (
	id INTEGER PRIMARY KEY,
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	vorm TEXT NOT NULL CHECK (vorm IN ('hardheidsclausule', 'evenredigheidsbeginsel', 'maatwerkbudget', 'coulanceregeling', 'anders')),
	organisatie_id INTEGER REFERENCES organisatie(id),
	wet TEXT REFERENCES wet_regeling(code),
	artikel TEXT CHECK (length(artikel) <= 200),
	toelichting TEXT CHECK (length(toelichting) <= 20000),
	datum TEXT,                          -- YYYY-MM-DD, when it was applied
	volgorde INTEGER NOT NULL
);
CREATE INDEX maatwerk_toepassing_casus ON maatwerk_toepassing (casus_id);

-- Entries recorded after the casus was closed (monitoring, changes after the signalenoverleg): outside the looptijd.
ALTER TABLE activiteit ADD COLUMN na_afronding INTEGER NOT NULL DEFAULT 0 CHECK (na_afronding IN (0, 1));

-- A leerpunt's source (a signal can come without a casus) and when it came in; who changed it last.
ALTER TABLE leerpunt ADD COLUMN bron TEXT NOT NULL DEFAULT 'casus' CHECK (bron IN ('casus', 'let', 'bestuurlijke_tafel', 'ander_loket', 'sociaal_raadslieden', 'mensenrechtenorganisatie', 'ambassadeursoverleg', 'navraag', 'anders'));
ALTER TABLE leerpunt ADD COLUMN bron_referentie TEXT CHECK (length(bron_referentie) <= 200);
ALTER TABLE leerpunt ADD COLUMN gesignaleerd_op TEXT;   -- YYYY-MM-DD
ALTER TABLE leerpunt ADD COLUMN gewijzigd_door INTEGER REFERENCES gebruiker(id);
ALTER TABLE leerpunt ADD COLUMN gewijzigd_at TEXT;
CREATE INDEX leerpunt_zonder_casus ON leerpunt (bron) WHERE bron <> 'casus';

CREATE TABLE leerpunt_wet (
	leerpunt_id INTEGER NOT NULL REFERENCES leerpunt(id) ON DELETE CASCADE,
	wet TEXT NOT NULL REFERENCES wet_regeling(code),
	PRIMARY KEY (leerpunt_id, wet)
) WITHOUT ROWID;

-- Links of a leerpunt to Werk aan Uitvoering, the knelpuntenbrieven, the Staat van de Uitvoering, Kamervragen.
CREATE TABLE leerpunt_koppeling (
	id INTEGER PRIMARY KEY,
	leerpunt_id INTEGER NOT NULL REFERENCES leerpunt(id) ON DELETE CASCADE,
	soort TEXT NOT NULL CHECK (soort IN ('werk_aan_uitvoering', 'knelpuntenbrief', 'staat_van_de_uitvoering', 'kamervragen', 'anders')),
	referentie TEXT CHECK (length(referentie) <= 500),
	url TEXT CHECK (length(url) <= 500),
	volgorde INTEGER NOT NULL,
	CHECK (referentie IS NOT NULL OR url IS NOT NULL)
);
CREATE INDEX leerpunt_koppeling_leerpunt ON leerpunt_koppeling (leerpunt_id);

-- PMM's kind of involvement in a belegging bij PMM; a leerpunt addressed to a party but deliberately not belegd.
ALTER TABLE belegging ADD COLUMN pmm_soort TEXT CHECK (pmm_soort IN ('regie_in_opvolging', 'monitoring_van_signalen', 'zelf_kennis_meenemen', 'kennisdeling'));
ALTER TABLE belegging ADD COLUMN niet_belegd_reden TEXT CHECK (niet_belegd_reden IN ('onduidelijk_of_structureel', 'al_breed_bekend', 'doorgegeven_zonder_belegging', 'anders'));
ALTER TABLE belegging ADD COLUMN niet_belegd_toelichting TEXT CHECK (length(niet_belegd_toelichting) <= 20000);

-- A joint belegging (a werkgroep): the parties besides the lead party (belegging.organisatie_id is the trekker).
CREATE TABLE belegging_partner (
	belegging_id INTEGER NOT NULL REFERENCES belegging(id) ON DELETE CASCADE,
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id),
	volgorde INTEGER NOT NULL,
	PRIMARY KEY (belegging_id, organisatie_id)
) WITHOUT ROWID;
CREATE INDEX belegging_partner_organisatie ON belegging_partner (organisatie_id);

-- The navraag in rounds: a peildatum, what to ask of whom, and per party what went well and should stay. The answer to
-- a question is an entry in the belegging's history (belegging_status), so the history stays the one record.
CREATE TABLE navraagronde (
	id INTEGER PRIMARY KEY,
	naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
	peildatum TEXT NOT NULL,             -- YYYY-MM-DD
	gesloten_op TEXT,                    -- YYYY-MM-DD when the round was closed; NULL while open
	aangemaakt_door INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL
);
CREATE TABLE navraag_vraag (
	id INTEGER PRIMARY KEY,
	ronde_id INTEGER NOT NULL REFERENCES navraagronde(id) ON DELETE CASCADE,
	belegging_id INTEGER NOT NULL REFERENCES belegging(id) ON DELETE CASCADE,
	gevraagd TEXT NOT NULL CHECK (gevraagd IN ('ambassadeur', 'indiener', 'maatwerkprofessional', 'regievoerder')),
	persoon_id INTEGER REFERENCES persoon(id),   -- whom to ask, when someone was found
	status_op TEXT NOT NULL CHECK (status_op IN ('belegd', 'in_verkenning', 'in_uitvoering', 'opgevolgd',
		'geen_opvolging', 'onbekend')),   -- the status as it stood on the peildatum: what the round asked about
	status_id INTEGER REFERENCES belegging_status(id),   -- the answer, once recorded
	UNIQUE (ronde_id, belegging_id)
);
CREATE INDEX navraag_vraag_belegging ON navraag_vraag (belegging_id);
CREATE TABLE navraag_partij (
	ronde_id INTEGER NOT NULL REFERENCES navraagronde(id) ON DELETE CASCADE,
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id),
	wat_ging_goed TEXT CHECK (length(wat_ging_goed) <= 20000),   -- what went well and should stay
	bron TEXT CHECK (length(bron) <= 200),
	datum TEXT,
	auteur_id INTEGER REFERENCES gebruiker(id),
	updated_at TEXT NOT NULL,
	PRIMARY KEY (ronde_id, organisatie_id)
) WITHOUT ROWID;

-- Realised system changes (results of systeemleren), linked to the leerpunten and casussen that led to them.
CREATE TABLE systeemwijziging (
	id INTEGER PRIMARY KEY,
	omschrijving TEXT NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 20000),
	soort TEXT NOT NULL CHECK (soort IN ('wetswijziging', 'regeling', 'werkwijze', 'handboek', 'informatie', 'registratie')),
	gerealiseerd_op TEXT,                -- YYYY-MM-DD
	organisatie_id INTEGER REFERENCES organisatie(id),   -- who realised it
	bron TEXT CHECK (length(bron) <= 200),
	url TEXT CHECK (length(url) <= 500),
	auteur_id INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL
);
CREATE TABLE systeemwijziging_leerpunt (
	systeemwijziging_id INTEGER NOT NULL REFERENCES systeemwijziging(id) ON DELETE CASCADE,
	leerpunt_id INTEGER NOT NULL REFERENCES leerpunt(id) ON DELETE CASCADE,
	PRIMARY KEY (systeemwijziging_id, leerpunt_id)
) WITHOUT ROWID;
CREATE TABLE systeemwijziging_casus (
	systeemwijziging_id INTEGER NOT NULL REFERENCES systeemwijziging(id) ON DELETE CASCADE,
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	PRIMARY KEY (systeemwijziging_id, casus_id)
) WITHOUT ROWID;
CREATE INDEX systeemwijziging_casus_casus ON systeemwijziging_casus (casus_id);

-- The summary of a closed casus a regievoerder reviewed and granted to the researchers (their only free text).
CREATE TABLE casus_samenvatting (
	casus_id INTEGER PRIMARY KEY REFERENCES casus(id) ON DELETE CASCADE,
	tekst TEXT NOT NULL CHECK (length(tekst) BETWEEN 1 AND 5000),
	vrijgegeven_door INTEGER REFERENCES gebruiker(id),
	vrijgegeven_at TEXT NOT NULL
);
