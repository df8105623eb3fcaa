-- 008: the role let_voorzitter (the independent chair of the Landelijk Escalatie Team), who may hold an account and
-- is a deelnemer of the casussen of the escalaties they chair. SQLite cannot change a CHECK, so the two tables are
-- rebuilt with the rows they had (nothing refers to them by foreign key).
CREATE TABLE gebruiker_rol_nieuw (
	gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id),
	rol TEXT NOT NULL CHECK (rol IN ('regievoerder', 'indiener', 'ambassadeur', 'onderzoeker', 'beheerder',
		'let_voorzitter')),
	PRIMARY KEY (gebruiker_id, rol)
);
INSERT INTO gebruiker_rol_nieuw (gebruiker_id, rol) SELECT gebruiker_id, rol FROM gebruiker_rol;
DROP TABLE gebruiker_rol;
ALTER TABLE gebruiker_rol_nieuw RENAME TO gebruiker_rol;

CREATE TABLE casus_deelnemer_nieuw (
	casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
	persoon_id INTEGER NOT NULL REFERENCES persoon(id),
	rol TEXT NOT NULL CHECK (rol IN ('ambassadeur', 'maatwerkprofessional', 'let_voorzitter')),
	uitgenodigd_door INTEGER REFERENCES gebruiker(id),
	uitgenodigd_op TEXT NOT NULL,
	PRIMARY KEY (casus_id, persoon_id)
) WITHOUT ROWID;
INSERT INTO casus_deelnemer_nieuw (casus_id, persoon_id, rol, uitgenodigd_door, uitgenodigd_op)
	SELECT casus_id, persoon_id, rol, uitgenodigd_door, uitgenodigd_op FROM casus_deelnemer;
DROP TABLE casus_deelnemer;
ALTER TABLE casus_deelnemer_nieuw RENAME TO casus_deelnemer;
