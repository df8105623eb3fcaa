-- 018: professionaliseren (issue 9). The events of the network: three to four network sessions a year for
-- maatwerkprofessionals, thematic workshops, the masterclass "ruimte in wet- en regelgeving", the Bestuurlijke Tafel
-- Casuïstiek with wethouders; the invitations drawn from the Maatwerkregister (an entry or a profile) with the
-- registration and the attendance; the casussen (shown to the audience as referentie and leefgebieden only) and the
-- leerpunten discussed there; a leerpunt that names an event as its source. Every statement can run again on a
-- database that has it (the audit tests replay migrations from 014 on).
CREATE TABLE IF NOT EXISTS evenement (
	id INTEGER PRIMARY KEY,
	soort TEXT NOT NULL CHECK (soort IN ('netwerkbijeenkomst', 'workshop', 'masterclass', 'bestuurlijke_tafel',
		'overig')),
	datum TEXT NOT NULL,                 -- YYYY-MM-DD
	thema TEXT NOT NULL CHECK (length(thema) BETWEEN 1 AND 200),
	doelgroep TEXT CHECK (doelgroep IS NULL OR length(doelgroep) <= 500),
	locatie TEXT CHECK (locatie IS NULL OR length(locatie) <= 200),
	omschrijving TEXT CHECK (omschrijving IS NULL OR length(omschrijving) <= 4000),
	aangemaakt_door INTEGER REFERENCES gebruiker(id),
	aangemaakt_op TEXT NOT NULL,         -- UTC time
	gewijzigd_op TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS evenement_datum ON evenement (datum);

-- An invitation: an entry (its maatwerkfunctionaris) or a profile of the register.
CREATE TABLE IF NOT EXISTS evenement_deelnemer (
	evenement_id INTEGER NOT NULL REFERENCES evenement(id) ON DELETE CASCADE,
	register_item_id INTEGER NOT NULL REFERENCES register_item(id),
	status TEXT NOT NULL CHECK (status IN ('uitgenodigd', 'aangemeld', 'afgemeld')),
	aanwezig INTEGER CHECK (aanwezig IN (0, 1)),   -- NULL: not recorded
	uitgenodigd_op TEXT NOT NULL,        -- UTC time
	gewijzigd_op TEXT NOT NULL,
	gewijzigd_door INTEGER REFERENCES gebruiker(id),
	PRIMARY KEY (evenement_id, register_item_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS evenement_deelnemer_item ON evenement_deelnemer (register_item_id);

CREATE TABLE IF NOT EXISTS evenement_casus (
	evenement_id INTEGER NOT NULL REFERENCES evenement(id) ON DELETE CASCADE,
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	PRIMARY KEY (evenement_id, casus_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS evenement_casus_casus ON evenement_casus (casus_id);

-- A leerpunt discussed at the event; bron = 1: the event is where the leerpunt came from (at most one per leerpunt).
CREATE TABLE IF NOT EXISTS evenement_leerpunt (
	evenement_id INTEGER NOT NULL REFERENCES evenement(id) ON DELETE CASCADE,
	leerpunt_id INTEGER NOT NULL REFERENCES leerpunt(id) ON DELETE CASCADE,
	bron INTEGER NOT NULL DEFAULT 0 CHECK (bron IN (0, 1)),
	PRIMARY KEY (evenement_id, leerpunt_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS evenement_leerpunt_leerpunt ON evenement_leerpunt (leerpunt_id);
CREATE UNIQUE INDEX IF NOT EXISTS evenement_leerpunt_bron ON evenement_leerpunt (leerpunt_id) WHERE bron = 1;
