-- Question: which districts are in scope, and what is each one's population for the year described?
-- Grain: one row per district of the `area` table within the scope's area.
WITH pop AS ({{population}})
SELECT a.code, a.name, p.population, p.year
FROM area a
LEFT JOIN pop p ON p.area_code = a.code
WHERE a.level = 'district' {{district_filter}}
ORDER BY a.name
