-- Question: of the occurrences in scope placed in an LSOA with an IMD 2019 decile, what share happened in the 20%
--           most deprived neighbourhoods in England (deciles 1 and 2)?
-- Grain:    one row: numerator, denominator, available (false when no IMD is loaded).
-- Reads:    in_scope, occurrence_all (for the LSOA, which in_scope leaves out; joined by its row number), imd.
-- Parameters: none.
SELECT count(*) FILTER (WHERE i.decile <= 2) AS numerator, count(*) AS denominator,
       (SELECT count(*) FROM imd) > 0 AS available
FROM in_scope o
JOIN occurrence_all a ON a.rowid = o.occ_row
JOIN imd i ON i.lsoa_code = a.lsoa_code
