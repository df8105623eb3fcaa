-- 016: notifications (issue 14). The outbox of the events of a casus, written in the transaction of the event
-- itself (a rolled-back event leaves no row, a committed one exactly one per recipient): the in-app list and
-- the e-mail sender inside serve both read it. A row holds the kind of event, the referentie and whom it is for;
-- never a name, hulpvraag or note: those stay behind the link.
-- Every statement here can run again on a database that has it (a test rebuilds older schemas under it).
CREATE TABLE IF NOT EXISTS notificatie (
	id INTEGER PRIMARY KEY,
	soort TEXT NOT NULL CHECK (soort IN ('aanmelding', 'toegewezen', 'afgerond', 'deelnemer')),
	gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id),   -- the recipient
	casus_id INTEGER REFERENCES casus(id) ON DELETE CASCADE,
	referentie TEXT NOT NULL CHECK (length(referentie) <= 20),
	message_id TEXT NOT NULL UNIQUE,     -- the e-mail's Message-ID, the same on every attempt
	aangemaakt_op TEXT NOT NULL,         -- UTC time of the event
	gelezen_op TEXT,                     -- UTC time the recipient marked it read; NULL: unread
	-- e-mail: wacht (to send), verzonden, mislukt (the dead letters: given up after the retry period), geen
	-- (the recipient has no e-mail address)
	mail TEXT NOT NULL DEFAULT 'wacht' CHECK (mail IN ('wacht', 'verzonden', 'mislukt', 'geen')),
	pogingen INTEGER NOT NULL DEFAULT 0,
	volgende_poging INTEGER,             -- unix seconds on the sender's clock; NULL: at once
	opgeven_na INTEGER,                  -- set at the first attempt: after this the row becomes mislukt
	laatste_fout TEXT CHECK (laatste_fout IS NULL OR length(laatste_fout) <= 300),
	verzonden_op TEXT                    -- UTC time the relay accepted it
);
CREATE INDEX IF NOT EXISTS notificatie_gebruiker ON notificatie (gebruiker_id, id);
CREATE INDEX IF NOT EXISTS notificatie_ongelezen ON notificatie (gebruiker_id) WHERE gelezen_op IS NULL;
CREATE INDEX IF NOT EXISTS notificatie_wacht ON notificatie (volgende_poging) WHERE mail = 'wacht';
CREATE INDEX IF NOT EXISTS notificatie_mislukt ON notificatie (id) WHERE mail = 'mislukt';
