-- 002: reference data from ../shared/domain.md and the seeds: classifications, ministries, national agencies, desks.
-- The codes are the core's (src/core/codes.c); tests/unit/test_store.c checks that both agree.
CREATE TABLE leefgebied (code TEXT PRIMARY KEY, naam TEXT NOT NULL, volgorde INTEGER NOT NULL);
INSERT INTO leefgebied VALUES
	('financien', 'Financiën', 1), ('wonen', 'Wonen', 2), ('verblijf', 'Verblijf (verblijfsstatus)', 3),
	('lichamelijke_gezondheid', 'Lichamelijke gezondheid', 4),
	('psychologische_gezondheid', 'Psychologische gezondheid', 5), ('zorg', 'Zorg', 6),
	('werk_en_activiteiten', 'Werk en activiteiten', 7), ('onderwijs', 'Onderwijs', 8),
	('justitie', 'Justitie', 9), ('veiligheid', 'Veiligheid', 10), ('sociale_relaties', 'Sociale relaties', 11),
	('zingeving', 'Zingeving', 12);

CREATE TABLE categorie (code TEXT PRIMARY KEY, naam TEXT NOT NULL, volgorde INTEGER NOT NULL);
INSERT INTO categorie VALUES
	('kennis_en_kunde', 'Kennis en kunde', 1), ('samenwerking', 'Samenwerking', 2),
	('communicatie', 'Communicatie', 3), ('wet_en_regelgeving', 'Wet- en regelgeving', 4), ('ict', 'ICT', 5),
	('overig', 'Overig', 6);

CREATE TABLE interventie_type (code TEXT PRIMARY KEY, naam TEXT NOT NULL, volgorde INTEGER NOT NULL);
INSERT INTO interventie_type VALUES
	('expert', 'Expertinterventie (doorvragen, meedenken, advies)', 1),
	('netwerk', 'Netwerkinterventie (doorverwijzen, partijen bij elkaar brengen)', 2),
	('gezag', 'Informeel gezag', 3), ('escalatie', 'Escalatie (Landelijk Escalatie Team)', 4);

-- The ministries connected to PMM; their codes are also the beleidsterrein codes.
INSERT INTO organisatie (naam, type, code, aangesloten_sinds) VALUES
	('Ministerie van Volksgezondheid, Welzijn en Sport', 'ministerie', 'VWS', '2019-01-01'),
	('Ministerie van Sociale Zaken en Werkgelegenheid', 'ministerie', 'SZW', '2019-01-01'),
	('Ministerie van Justitie en Veiligheid', 'ministerie', 'JenV', '2019-01-01'),
	('Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', 'ministerie', 'BZK', '2019-01-01'),
	('Ministerie van Onderwijs, Cultuur en Wetenschap', 'ministerie', 'OCW', '2019-01-01'),
	('Ministerie van Financiën', 'ministerie', 'FIN', '2019-01-01'),
	('Ministerie van Buitenlandse Zaken', 'ministerie', 'BuZa', '2019-01-01'),
	('Ministerie van Asiel en Migratie', 'ministerie', 'AenM', '2024-07-02'),
	('Ministerie van Volkshuisvesting en Ruimtelijke Ordening', 'ministerie', 'VRO', '2024-07-02');

-- PMM itself (a leerpunt can be belegd bij PMM) and its desk.
INSERT INTO organisatie (naam, type, code, aangesloten_sinds) VALUES
	('Professionals voor Maatwerk Multiproblematiek', 'overig', 'PMM', '2019-01-01');
INSERT INTO organisatie (naam, type, parent_id, aangesloten_sinds) VALUES
	('Landelijk Maatwerkloket Multiproblematiek', 'loket', (SELECT id FROM organisatie WHERE code = 'PMM'), '2019-01-01');

-- National public agencies, with the ministry they belong to.
WITH a(naam, ouder) AS (VALUES
	('UWV', 'SZW'), ('SVB', 'SZW'), ('DUO', 'OCW'), ('CAK', 'VWS'), ('CJIB', 'JenV'),
	('Belastingdienst', 'FIN'), ('Dienst Toeslagen', 'FIN'), ('IND', 'AenM'), ('CIZ', 'VWS'),
	('DT&V', 'AenM'), ('DJI', 'JenV'), ('RvIG', 'BZK'), ('COA', 'AenM'),
	('Raad voor de Kinderbescherming', 'JenV'), ('Reclassering Nederland', 'JenV')
)
INSERT INTO organisatie (naam, type, parent_id, aangesloten_sinds)
SELECT a.naam, 'landelijke_publieke_dienstverlener', (SELECT id FROM organisatie WHERE code = a.ouder), '2019-01-01'
FROM a;

-- Other desks and teams (type loket) named in the seeds, with their parent organisation.
WITH d(naam, ouder) AS (VALUES
	('Maatwerkplaats UWV', 'UWV'),
	('Team Complexe Casuïstiek VWS', 'VWS'),
	('Praktijkteams VWS', 'VWS'),
	('Juiste Loket', 'VWS'),
	('Forensisch Plaatsingsloket', 'DJI'),
	('Direct Service Team Toeslagen', 'Dienst Toeslagen'),
	('Stella-team Belastingdienst', 'Belastingdienst')
)
INSERT INTO organisatie (naam, type, parent_id)
SELECT d.naam, 'loket', (SELECT id FROM organisatie WHERE naam = d.ouder OR code = d.ouder)
FROM d;

INSERT INTO organisatie (naam, type) VALUES ('Vereniging van Nederlandse Gemeenten (VNG)', 'overig');
