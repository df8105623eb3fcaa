-- 005: what saving and reading whole casussen needs beyond 003: the organisation a casus was submitted for (a
-- persoon may move on), with its connection to PMM as stated at import; the order of a leerpunt's themes; indexes
-- for matching persons by name and for finding corrected timeline entries.
ALTER TABLE casus ADD COLUMN indiener_organisatie_id INTEGER REFERENCES organisatie(id);
-- 1 when the casus was imported: indiener_organisatie_id and the two dates below are then exactly as the
-- imported line stated them (the jaarrapportage counts indienersGemeenteAangesloten per casus); 0: the
-- dates come from the organisation row.
ALTER TABLE casus ADD COLUMN indiener_opgegeven INTEGER NOT NULL DEFAULT 0 CHECK (indiener_opgegeven IN (0, 1));
ALTER TABLE casus ADD COLUMN indiener_aangesloten_sinds TEXT;
ALTER TABLE casus ADD COLUMN indiener_aangesloten_tot TEXT;

ALTER TABLE leerpunt_thema ADD COLUMN volgorde INTEGER NOT NULL DEFAULT 0;

CREATE INDEX persoon_naam ON persoon (naam COLLATE NOCASE, organisatie_id);
CREATE INDEX activiteit_corrigeert ON activiteit (corrigeert_id) WHERE corrigeert_id IS NOT NULL;
