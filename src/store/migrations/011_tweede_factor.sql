-- 011: the second factor: a TOTP secret per account with the last time step used (no replay), single-use recovery
-- codes (only their SHA-256 is kept), and sessions that have passed the password but not yet the second factor.
ALTER TABLE gebruiker ADD COLUMN totp_geheim TEXT;                       -- base32; NULL: not enrolled yet
ALTER TABLE gebruiker ADD COLUMN totp_laatste_stap INTEGER NOT NULL DEFAULT 0;   -- RFC 6238 time step last used
ALTER TABLE gebruiker ADD COLUMN totp_sinds TEXT;                        -- when the current secret was confirmed

CREATE TABLE herstelcode (
	id INTEGER PRIMARY KEY,
	gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id),
	code_hash TEXT NOT NULL UNIQUE,                                  -- SHA-256 of the normalised code
	aangemaakt TEXT NOT NULL,
	gebruikt_op TEXT                                                 -- NULL while unused
);
CREATE INDEX herstelcode_gebruiker ON herstelcode (gebruiker_id);

-- stap: 'binnen' (signed in), 'code' (password right, the TOTP code or a recovery code is next) or 'inschrijven'
-- (password right, no second factor yet: the secret in totp_nieuw is being set up). volgende: where to go after.
ALTER TABLE session ADD COLUMN stap TEXT NOT NULL DEFAULT 'binnen' CHECK (stap IN ('binnen', 'code', 'inschrijven'));
ALTER TABLE session ADD COLUMN totp_nieuw TEXT;
ALTER TABLE session ADD COLUMN volgende TEXT;
