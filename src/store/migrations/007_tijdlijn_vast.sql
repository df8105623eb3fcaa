-- 007: the timeline cannot lose entries either. A row of activiteit may only disappear together with its casus
-- (ON DELETE CASCADE, for the retention purge): the cascade runs after the casus row is gone, so the check below
-- lets it through while refusing a direct DELETE.
CREATE TRIGGER activiteit_no_delete BEFORE DELETE ON activiteit
WHEN EXISTS (SELECT 1 FROM casus WHERE id = OLD.casus_id)
BEGIN SELECT RAISE(ABORT, 'de tijdlijn is alleen aan te vullen'); END;
