-- Question: how do the suspects of in-scope occurrences describe their ethnicity, each year, in the city and
--   in the county, and for how many was it not recorded? (SNA 2025 §4.6.)
-- Grain: one row per (span, area, ethnic group) with a number of suspects (suspects and offenders); span -1 is
--   the whole period. area: 'city', 'county', 'unknown' (the district is not known or is neither), or 'all'
--   (the whole scope, where a suspect of occurrences in the city and the county counts once). A person counts
--   once per span and area, with the first self-defined ethnicity recorded at their occurrences there, in five
--   broad groups coded 1 white, 2 asian, 3 black, 4 mixed, 5 other (census names, their finer categories and
--   the codes W1…O9 all map); NULL when none is recorded ("not stated" is not a recording).
-- Reads: in_scope_people (see PeopleTables).
-- Parameters: none.
WITH grouped AS (
    SELECT span, (s_areas & 1) > 0 AS s_city, (s_areas & 2) > 0 AS s_county, (s_areas & 4) > 0 AS s_other,
           ((s_eth_city % 8) + 8) % 8 AS city,
           ((s_eth_county % 8) + 8) % 8 AS county,
           ((s_eth_other % 8) + 8) % 8 AS other,
           ((least(s_eth_city, s_eth_county, s_eth_other) % 8) + 8) % 8 AS overall,
           count(*) AS n
    FROM in_scope_people
    WHERE s_occ > 0
    GROUP BY ALL
)
SELECT span, 'city' AS area, city AS ethnic_group, sum(n) AS suspects FROM grouped WHERE s_city GROUP BY span, city
UNION ALL
SELECT span, 'county', county, sum(n) FROM grouped WHERE s_county GROUP BY span, county
UNION ALL
SELECT span, 'unknown', other, sum(n) FROM grouped WHERE s_other GROUP BY span, other
UNION ALL
SELECT span, 'all', overall, sum(n) FROM grouped GROUP BY span, overall
