-- Question: how does the rate of records per 1,000 population vary with the deprivation (IMD 2019) of the
-- LSOA where they happened?
-- Grain: one row per LSOA with an IMD decile that is in scope (an LSOA area within the scope's area, or one
-- with records): its records in the period, population, IMD score, rank and decile.
-- {{area_filter}} limits LSOA areas to the scope's districts by parent.
WITH records AS ({{records}}),
     pop AS ({{population}}),
     counts AS (
         SELECT lsoa_code, count(*) AS n
         FROM records
         WHERE lsoa_code IS NOT NULL
         GROUP BY lsoa_code)
SELECT i.lsoa_code,
       i.decile,
       i.score,
       i.rank,
       coalesce(c.n, 0) AS records,
       p.population,
       p.year
FROM imd i
LEFT JOIN counts c ON c.lsoa_code = i.lsoa_code
LEFT JOIN pop p ON p.area_code = i.lsoa_code
WHERE c.n IS NOT NULL
   OR i.lsoa_code IN (SELECT code FROM area WHERE level = 'lsoa' {{area_filter}})
ORDER BY i.lsoa_code
