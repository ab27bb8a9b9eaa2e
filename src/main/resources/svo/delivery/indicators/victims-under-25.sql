-- Question: how many occurrences in scope had at least one victim aged under 25?
-- Grain:    one row: numerator, denominator (none: a count), available.
-- Reads:    in_scope with its people's ages (svo.analysis.InScope: the board's definition, one 12-month span).
-- Parameters: none.
SELECT count(*) FILTER (WHERE victim_min_age < 25) AS numerator, CAST(NULL AS BIGINT) AS denominator, true AS available
FROM in_scope
