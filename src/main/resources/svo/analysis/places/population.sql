-- Population of every area for the year a rate describes: the latest year up to that year, else the
-- earliest year after it. Totals only (age band 'all', sex 'all'; the geography importers add them).
-- An area's total is, in order of preference: the rows placed on its loaded boundary (area_population, which
-- counts an LSOA 2021 split towards the 2011 LSOA it came from), its own rows, or — for a district — its
-- district_population (its own rows or the sum of its LSOAs).
-- Columns: area_code, year, population. Parameters: the year described, twice.
WITH placed AS (
         SELECT area_code, year, count AS population
         FROM area_population
         WHERE age_band = 'all' AND sex = 'all'),
     own AS (
         SELECT p.area_code, p.year, sum(p.count) AS population
         FROM population p
         WHERE p.age_band = 'all' AND p.sex = 'all'
           AND NOT EXISTS (SELECT 1 FROM placed q WHERE q.area_code = p.area_code AND q.year = p.year)
         GROUP BY p.area_code, p.year),
     districts AS (
         SELECT d.district_code AS area_code, d.year, d.count AS population
         FROM district_population d
         WHERE d.age_band = 'all' AND d.sex = 'all'
           AND NOT EXISTS (SELECT 1 FROM placed q WHERE q.area_code = d.district_code AND q.year = d.year)
           AND NOT EXISTS (SELECT 1 FROM own q WHERE q.area_code = d.district_code AND q.year = d.year)),
     totals AS (
         SELECT * FROM placed
         UNION ALL SELECT * FROM own
         UNION ALL SELECT * FROM districts)
SELECT area_code, year, population FROM (
    SELECT area_code, year, population,
           row_number() OVER (PARTITION BY area_code ORDER BY (year > ?), abs(year - ?)) AS pick
    FROM totals
) ranked
WHERE pick = 1
