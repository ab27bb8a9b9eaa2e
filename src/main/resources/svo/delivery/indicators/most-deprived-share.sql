-- Question: of the occurrences in scope placed in an LSOA with an IMD 2019 decile, what share happened in the 20%
--           most deprived neighbourhoods in England (deciles 1 and 2)?
-- Grain:    one row: numerator, denominator, available (false when no IMD is loaded).
-- Reads:    in_scope, imd.
-- Parameters: none.
SELECT count(*) FILTER (WHERE i.decile <= 2) AS numerator, count(*) AS denominator,
       (SELECT count(*) FROM imd) > 0 AS available
FROM in_scope o
JOIN imd i ON i.lsoa_code = o.lsoa_code
