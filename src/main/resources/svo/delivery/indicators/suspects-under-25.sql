-- Question: how many occurrences in scope had at least one suspect or offender aged under 25?
-- Grain:    one row: numerator, denominator (none: a count), available.
-- Reads:    in_scope with its people's ages.
-- Parameters: none.
SELECT count(*) FILTER (WHERE suspect_min_age < 25) AS numerator, CAST(NULL AS BIGINT) AS denominator, true AS available
FROM in_scope
