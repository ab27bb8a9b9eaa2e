-- Question: which districts does the scope's area cover, and what population does each have in each year?
-- Grain:    one row per district and population year (districts without a population have one row, year null).
-- Reads:    area (level district) and district_population (the district's own population rows, else the sum
--           of its LSOAs; age band 'all', sex 'all').
-- Splices:  {area}: the scope's area condition over area.code (InScope.areaCondition), values bound.
-- Parameters: the area condition's values.
SELECT a.code, a.name, p.year, p.count
FROM area a
LEFT JOIN district_population p ON p.district_code = a.code AND p.age_band = 'all' AND p.sex = 'all'
WHERE a.level = 'district' AND {area}
ORDER BY a.name, p.year
