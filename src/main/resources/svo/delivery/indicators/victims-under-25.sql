-- Question: how many occurrences in scope had at least one victim aged under 25?
-- Grain:    one row: numerator, denominator (none: a count), available.
-- Reads:    in_scope, in_scope_person (svo.analysis.InScope: the board's definition, one 12-month span).
-- Parameters: none.
SELECT count(*) AS numerator, CAST(NULL AS BIGINT) AS denominator, true AS available
FROM in_scope o
WHERE EXISTS (SELECT 1 FROM in_scope_person p WHERE p.occurrence_id = o.occurrence_id AND p.role = 'victim' AND p.age < 25)
