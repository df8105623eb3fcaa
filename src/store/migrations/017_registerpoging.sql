-- 017: at intake the indiener says whether the Maatwerkregister was tried before the Loket (the escalation route
-- of PMM: first the register, then the Loket, then the LET) and with whom. A row of its own per casus, so that this
-- migration can run again on a database that has it (the audit tests replay migrations from 014 on); no row: not
-- answered. The retention purge clears `bij` (it may name a person) and keeps the answer for the report.
CREATE TABLE IF NOT EXISTS casus_registerpoging (
	casus_id INTEGER PRIMARY KEY REFERENCES casus(id) ON DELETE CASCADE,
	geprobeerd TEXT NOT NULL CHECK (geprobeerd IN ('ja', 'nee', 'geen_toegang')),
	bij TEXT CHECK (bij IS NULL OR length(bij) <= 200)   -- with whom: "Maatwerkplaats UWV, J. de Vries"
);
