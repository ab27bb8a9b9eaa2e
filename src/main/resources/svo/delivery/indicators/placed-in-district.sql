-- Question: what share of the occurrences in scope are placed in a district (by coordinates or area codes)?
--           An occurrence with no district cannot be counted in any district's figures or maps.
-- Grain:    one row: numerator, denominator, available.
-- Reads:    in_scope.
-- Parameters: none.
SELECT count(*) FILTER (WHERE district_code IS NOT NULL) AS numerator, count(*) AS denominator, true AS available
FROM in_scope
