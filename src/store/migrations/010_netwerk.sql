-- 010: the network in beheer (issue 9). Organisation types the seeds need, an organisation's status in the
-- directory (known, a proposal typed at intake, a rejected proposal), its central e-mail and phone, a dated
-- connection history, contact persons; one-time links to set a password, requests for access, the last login;
-- and the reference data of 002 corrected against the seeds.
--
-- Sources are cited as seed:line of ../shared/seeds/ (000 = the minister's letter of 29 May 2024, 001 = the
-- interview of 8 January 2026, 002 = the practice article of 2022, 003 = the annual report over 2024 of
-- 19 May 2025, 004 = the presentation of 27 March 2025); the research notes were kept outside the repository.
-- Every id of 002 stays what it was: rows are changed in place, never dropped and re-inserted.

-- ---- organisation types: the CHECK of 001 grows (SQLite cannot alter a CHECK, so the column is replaced;
-- this keeps every row, its id and every reference to it).
DROP INDEX organisatie_naam_type;
ALTER TABLE organisatie RENAME COLUMN type TO type_001;
ALTER TABLE organisatie ADD COLUMN type TEXT NOT NULL DEFAULT 'overig' CHECK (type IN ('ministerie', 'gemeente',
	'landelijke_publieke_dienstverlener', 'zorgaanbieder', 'zorgverzekeraar', 'zorgkantoor', 'woningcorporatie',
	'loket', 'overig', 'buitenlandse_overheid', 'onderwijsinstelling', 'werkgever', 'bewindvoering_mentorschap',
	'sociaal_raadslieden', 'deurwaarder'));
UPDATE organisatie SET type = type_001;
ALTER TABLE organisatie DROP COLUMN type_001;
CREATE UNIQUE INDEX organisatie_naam_type ON organisatie (naam COLLATE NOCASE, type);

-- ---- an organisation in the directory
-- status: bekend = in every list; voorstel = a name typed at intake that matched no known organisation, waiting
-- for a regievoerder (accept, map to an existing one = merge, or reject); afgewezen = kept only because
-- casussen name it. Pick lists show bekend only.
ALTER TABLE organisatie ADD COLUMN status TEXT NOT NULL DEFAULT 'bekend'
	CHECK (status IN ('bekend', 'voorstel', 'afgewezen'));
ALTER TABLE organisatie ADD COLUMN email TEXT CHECK (email IS NULL OR length(email) <= 254);
ALTER TABLE organisatie ADD COLUMN telefoon TEXT CHECK (telefoon IS NULL OR length(telefoon) <= 32);
ALTER TABLE organisatie ADD COLUMN voorgesteld_door INTEGER REFERENCES gebruiker(id);
ALTER TABLE organisatie ADD COLUMN voorgesteld_op TEXT;          -- UTC time
ALTER TABLE organisatie ADD COLUMN beoordeeld_door INTEGER REFERENCES gebruiker(id);
ALTER TABLE organisatie ADD COLUMN beoordeeld_op TEXT;
CREATE INDEX organisatie_status ON organisatie (status) WHERE status <> 'bekend';
CREATE INDEX organisatie_parent ON organisatie (parent_id);

-- The connection to PMM over time; "connected on day D" is derived in core (aansluiting_op). The columns
-- aangesloten_sinds/tot of 001 are kept equal to the last period of bestuurlijk aangesloten in this history
-- (core aansluiting_periode), because casussen and the report read them.
CREATE TABLE organisatie_aansluiting (
	id INTEGER PRIMARY KEY,
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id) ON DELETE CASCADE,
	status TEXT NOT NULL CHECK (status IN ('bestuurlijk_aangesloten', 'vaste_contactpersoon', 'niet_aangesloten',
		'beeindigd')),
	datum TEXT NOT NULL,                 -- YYYY-MM-DD: from this day on (for an akkoord: the date of the akkoord)
	bron TEXT CHECK (bron IS NULL OR length(bron) <= 500),
	auteur_id INTEGER REFERENCES gebruiker(id),
	created_at TEXT NOT NULL
);
CREATE INDEX organisatie_aansluiting_org ON organisatie_aansluiting (organisatie_id, datum);

-- Contact persons and ambassadeurs of an organisation (persons; they need not have an account).
CREATE TABLE organisatie_contact (
	organisatie_id INTEGER NOT NULL REFERENCES organisatie(id) ON DELETE CASCADE,
	persoon_id INTEGER NOT NULL REFERENCES persoon(id),
	rol TEXT NOT NULL CHECK (rol IN ('ambassadeur', 'contactpersoon')),
	sinds TEXT NOT NULL,                 -- UTC time it was recorded
	PRIMARY KEY (organisatie_id, persoon_id, rol)
) WITHOUT ROWID;
CREATE INDEX organisatie_contact_persoon ON organisatie_contact (persoon_id);

-- ---- accounts
ALTER TABLE gebruiker ADD COLUMN laatst_ingelogd TEXT;           -- UTC time of the last successful login
ALTER TABLE gebruiker ADD COLUMN aangepast_op TEXT;
ALTER TABLE api_token ADD COLUMN ingetrokken_door INTEGER REFERENCES gebruiker(id);

-- A one-time link to set a password: valid 72 hours, used once; only SHA-256 of its 256-bit token is kept.
CREATE TABLE eenmalige_link (
	id INTEGER PRIMARY KEY,
	gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id),
	token_hash TEXT NOT NULL UNIQUE,
	aangemaakt_op INTEGER NOT NULL,      -- unix seconds
	gebruikt_op INTEGER,                 -- unix seconds; NULL while unused
	ingetrokken INTEGER NOT NULL DEFAULT 0 CHECK (ingetrokken IN (0, 1)),   -- a newer link replaced it
	aangemaakt_door INTEGER REFERENCES gebruiker(id)
);
CREATE INDEX eenmalige_link_gebruiker ON eenmalige_link (gebruiker_id);

-- A professional's request for an account, from the public page. No client address is kept (the rate limit
-- lives in login_attempt under "aanvraag:<address>").
CREATE TABLE toegang_aanvraag (
	id INTEGER PRIMARY KEY,
	naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
	organisatie TEXT NOT NULL CHECK (length(organisatie) BETWEEN 1 AND 200),   -- as typed
	functie TEXT NOT NULL CHECK (length(functie) BETWEEN 1 AND 200),
	email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
	reden TEXT NOT NULL CHECK (length(reden) BETWEEN 1 AND 2000),
	status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'goedgekeurd', 'afgewezen')),
	ingediend_op TEXT NOT NULL,          -- UTC time
	beoordeeld_door INTEGER REFERENCES gebruiker(id),
	beoordeeld_op TEXT,
	afwijzing_reden TEXT CHECK (afwijzing_reden IS NULL OR length(afwijzing_reden) <= 2000),
	gebruiker_id INTEGER REFERENCES gebruiker(id),   -- the account made on approval
	CHECK ((status = 'afgewezen') = (afwijzing_reden IS NOT NULL)),
	CHECK ((status = 'goedgekeurd') = (gebruiker_id IS NOT NULL))
);
CREATE INDEX toegang_aanvraag_status ON toegang_aanvraag (status, id);

-- ==== reference data corrected (issue9-netwerk-feiten.md §3) ====

-- Codes for the national agencies the seeds name, so that beheer, imports and CSV files can refer to them; a
-- code another organisation already carries is left alone.
WITH c(naam, code) AS (VALUES
	('UWV', 'UWV'), ('SVB', 'SVB'), ('DUO', 'DUO'), ('CAK', 'CAK'), ('CJIB', 'CJIB'), ('IND', 'IND'),
	('CIZ', 'CIZ'), ('DT&V', 'DT&V'), ('DJI', 'DJI'), ('RvIG', 'RvIG'), ('COA', 'COA')
)
UPDATE organisatie SET code = (SELECT c.code FROM c WHERE c.naam = organisatie.naam)
WHERE type = 'landelijke_publieke_dienstverlener' AND code IS NULL AND naam IN (SELECT naam FROM c)
	AND NOT EXISTS (SELECT 1 FROM organisatie o2 WHERE o2.code = (SELECT c.code FROM c WHERE c.naam = organisatie.naam));
UPDATE organisatie SET code = 'FPL'
WHERE naam = 'Forensisch Plaatsingsloket' AND type = 'loket' AND code IS NULL
	AND NOT EXISTS (SELECT 1 FROM organisatie WHERE code = 'FPL');

-- A&M and VRO are parts of JenV and BZK for PMM: PMM counts 6 ministries in 2025 and 7 in 2026 without them
-- (004:30, 003:326, 001:67); the report counts A&M under JenV (003:809 "Vanaf juli 2024 is het ministerie van
-- Asiel & Migratie (A&M) opgericht ... onder het ministerie van JenV te scharen") and VRO under BZK (003:814);
-- JenV's ambassadeur takes points to A&M (003:2371). So: parent JenV / BZK, and no connection of their own.
-- IND, DT&V and COA stay under A&M, which now lies under JenV ("JenV (en A&M) ... DT&V, DJI en de IND", 003:3645).
UPDATE organisatie SET parent_id = (SELECT id FROM organisatie WHERE code = 'JenV') WHERE code = 'AenM' AND parent_id IS NULL;
UPDATE organisatie SET parent_id = (SELECT id FROM organisatie WHERE code = 'BZK') WHERE code = 'VRO' AND parent_id IS NULL;

-- The connection history. The seeds give months or "by" dates, rarely a day: where only the month is known
-- the 1st is used, where only an upper bound is known that bound is used ("uiterlijk"), and the bron says so.
WITH h(code, status, datum, bron) AS (VALUES
	-- The five founding ministries, May 2019: 004:26 "Dit leidde tot de start van PMM in mei 2019 als
	-- interdepartementaal programma van SZW, VWS, OCW, J&V, BZK, tezamen met CAK, UWV, SVB, DUO, CJIB en 12
	-- gemeenten." (The day is not in the seeds; 001:65 dates the programme start to 2018, 000:14 and 003:320 to 2019.)
	('SZW', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend); thuisbasis sinds 2023 (004:32)'),
	('VWS', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend)'),
	('OCW', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend)'),
	('JenV', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend)'),
	('BZK', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend)'),
	-- FIN/Toeslagen was "toegevoegd" after the start (004:30; 002:4 names five founding ministries) and is among
	-- the involved ministries in the article of early 2022 (002:24); the date of its akkoord is not in the seeds.
	('FIN', 'bestuurlijk_aangesloten', '2022-01-01', 'uiterlijk begin 2022: 002:24 noemt Financiën onder de betrokken ministeries; 004:30 "toegevoegd is FIN/Toeslagen"; datum van het akkoord onbekend'),
	-- BuZa: a vaste contactpersoon by the minister's letter of 29 May 2024 (000:163 "heeft PMM nu ook vaste
	-- contactpersonen bij zorgverzekeraars, het Centraal Orgaan opvang asielzoekers (COA) en het ministerie van
	-- Buitenlandse Zaken"), "niet aangesloten" in the report of 19 May 2025 (003:3113 "Goed om hierbij te
	-- vermelden dat BuZa niet is aangesloten bij PMM"), bestuurlijk aangehaakt by 8 January 2026 (001:67
	-- "Inmiddels zijn zeven ministeries (JenV, VWS, SZW, BZK, OCenW , BuZa en Financiën) ... bestuurlijk
	-- aangehaakt"). So BuZa does not count as connected in the 2024 report's year.
	('BuZa', 'vaste_contactpersoon', '2024-05-29', 'uiterlijk 29 mei 2024: 000:163 (brief van de minister)'),
	('BuZa', 'niet_aangesloten', '2025-05-19', '003:3113 (jaarrapportage 2024, 19 mei 2025)'),
	('BuZa', 'bestuurlijk_aangesloten', '2026-01-08', 'uiterlijk 8 januari 2026: 001:67 (interview); datum van het akkoord onbekend'),
	-- The five agencies that started with PMM in May 2019 (004:26, above; 002:27 "Alle belangrijke
	-- uitvoeringsorganisaties hebben zich aangesloten bij het PMM, waaronder de Belastingdienst, UWV, CAK, SVB
	-- en het CJIB").
	('UWV', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend)'),
	('SVB', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend)'),
	('DUO', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend)'),
	('CAK', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend)'),
	('CJIB', 'bestuurlijk_aangesloten', '2019-05-01', '004:26 start van PMM in mei 2019 (dag niet bekend)'),
	-- COA: a vaste contactpersoon, newly so, by 29 May 2024 (000:163, above) - not an aangesloten agency since 2019.
	('COA', 'vaste_contactpersoon', '2024-05-29', 'uiterlijk 29 mei 2024: 000:163 "nu ook vaste contactpersonen ... (COA)"')
)
INSERT INTO organisatie_aansluiting (organisatie_id, status, datum, bron, created_at)
SELECT o.id, h.status, h.datum, h.bron, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM h JOIN organisatie o ON o.code = h.code;

-- The Belastingdienst (no code in 002): connected by 2022 (002:27, above); the date is not in the seeds.
INSERT INTO organisatie_aansluiting (organisatie_id, status, datum, bron, created_at)
SELECT id, 'bestuurlijk_aangesloten', '2022-01-01',
	'uiterlijk 2022: 002:27 "Alle belangrijke uitvoeringsorganisaties hebben zich aangesloten bij het PMM, waaronder de Belastingdienst"; datum onbekend',
	strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM organisatie WHERE naam = 'Belastingdienst' AND type = 'landelijke_publieke_dienstverlener';

-- The dates of 002 are replaced by the history above: 2019-01-01 predates PMM (004:25, 004:26), FIN and BuZa were
-- not connected in 2019, A&M and VRO have no connection of their own. For Dienst Toeslagen, IND, CIZ, DT&V,
-- DJI and RvIG the seeds state no connection status or date (they appear as involved parties, 003:790,
-- 003:3300); the Raad voor de Kinderbescherming and Reclassering Nederland appear in no seed as PMM parties.
-- PMM and its Loket are not connected to themselves. All of these lose the date; the rows stay (casussen and
-- beleggingen may refer to them). The counts of the seeds (17 agencies in 2025, 20 in 2026, 66 and 70+
-- municipalities) cannot be filled in from the seeds, which do not list them: that needs PMM's own list.
UPDATE organisatie SET aangesloten_sinds = NULL, aangesloten_tot = NULL
WHERE aangesloten_sinds = '2019-01-01' OR aangesloten_sinds = '2024-07-02';
UPDATE organisatie SET
	aangesloten_sinds = (SELECT min(a.datum) FROM organisatie_aansluiting a
		WHERE a.organisatie_id = organisatie.id AND a.status = 'bestuurlijk_aangesloten'),
	aangesloten_tot = NULL
WHERE id IN (SELECT organisatie_id FROM organisatie_aansluiting WHERE status = 'bestuurlijk_aangesloten');

-- Desks the seeds name that 002 lacks, under their organisation (issue9-netwerk-feiten.md §1c):
-- 003:3082 "het serviceteam Herstel Toeslagen"; 003:2632 "het Meldpunt Fouten in Overheidsregistraties (MFO) van
-- de Rijksdienst voor Identiteitsgegevens (RvIG)"; 003:3103 "kunnen terecht bij de Belastingtelefoon"; and the
-- Dutch embassies of BuZa (003:1760 "meld Hassan zich bij de Nederlandse ambassade aldaar").
WITH d(naam, type, ouder) AS (VALUES
	('Serviceteam Herstel Toeslagen', 'loket', 'Dienst Toeslagen'),
	('Meldpunt Fouten in Overheidsregistraties (MFO)', 'loket', 'RvIG'),
	('Belastingtelefoon', 'loket', 'Belastingdienst'),
	('Nederlandse ambassades en consulaten', 'overig', 'BuZa')
)
INSERT INTO organisatie (naam, type, parent_id)
SELECT d.naam, d.type, (SELECT id FROM organisatie WHERE (naam = d.ouder AND type = 'landelijke_publieke_dienstverlener') OR code = d.ouder)
FROM d WHERE NOT EXISTS (SELECT 1 FROM organisatie o WHERE o.naam = d.naam COLLATE NOCASE AND o.type = d.type);
