-- Population of every area for the year a rate describes: the latest year up to that year, else the
-- earliest year after it. An area's total is its 'all'/'all' row, else the sum of its age bands for sex 'all';
-- a district with no row of its own is the sum of its LSOAs (area.parent_code) for that year.
-- Columns: area_code, year, population. Parameters: the year described, twice.
SELECT area_code, year, population FROM (
    SELECT area_code, year, population,
           row_number() OVER (PARTITION BY area_code ORDER BY (year > ?), abs(year - ?)) AS pick
    FROM (
        SELECT area_code, year, sum(population) AS population FROM (
            SELECT p.area_code, p.year, p.count AS population
            FROM population p WHERE p.age_band = 'all' AND p.sex = 'all'
            UNION ALL
            SELECT p.area_code, p.year, sum(p.count)
            FROM population p
            WHERE p.age_band <> 'all' AND p.sex = 'all'
              AND NOT EXISTS (SELECT 1 FROM population q WHERE q.area_code = p.area_code AND q.year = p.year
                                                          AND q.age_band = 'all' AND q.sex = 'all')
            GROUP BY p.area_code, p.year
        ) own
        GROUP BY area_code, year
        UNION ALL
        SELECT l.parent_code, p.year, sum(p.count)
        FROM population p
        JOIN area l ON l.level = 'lsoa' AND l.code = p.area_code
        WHERE p.sex = 'all'
          AND (p.age_band = 'all' OR NOT EXISTS (SELECT 1 FROM population q WHERE q.area_code = p.area_code
                                                   AND q.year = p.year AND q.age_band = 'all' AND q.sex = 'all'))
          AND l.parent_code IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM population q WHERE q.area_code = l.parent_code AND q.year = p.year)
        GROUP BY l.parent_code, p.year
    ) totals
) ranked
WHERE pick = 1
