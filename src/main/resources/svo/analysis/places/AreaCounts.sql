-- Question: how many records fall in each area of one level, and what is its population?
-- Grain: one row per area of the level in the `area` table (within the scope's area), plus any code found
-- on records that has no area row; areas with no records have total 0.
-- Parameters: {{code}} = the level's code column of the records; ? = the level (area.level).
-- {{area_filter}} limits the areas to the scope's district, city or county by their parent district.
WITH records AS ({{records}}),
     pop AS ({{population}}),
     counts AS (
         SELECT {{code}} AS code, count(*) AS total
         FROM records
         WHERE {{code}} IS NOT NULL
         GROUP BY 1),
     areas AS (
         SELECT code, name, parent_code
         FROM area
         WHERE level = ? {{area_filter}})
SELECT coalesce(a.code, c.code)            AS code,
       coalesce(a.name, c.code)            AS name,
       coalesce(d.name, a.parent_code)     AS district,
       coalesce(c.total, 0)                AS total,
       p.population,
       p.year                              AS population_year,
       a.code IS NOT NULL                  AS known_area
FROM areas a
FULL JOIN counts c ON c.code = a.code
LEFT JOIN area d ON d.level = 'district' AND d.code = a.parent_code
LEFT JOIN pop p ON p.area_code = coalesce(a.code, c.code)
ORDER BY total DESC, code
