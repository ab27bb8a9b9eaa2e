-- Question: what share of the occurrences in scope carry an alcohol or a drugs qualifier? Qualifiers are optional
--           in police recording, so a rise may be better recording as much as more alcohol- or drug-linked violence.
-- Grain:    one row: numerator, denominator, available.
-- Reads:    in_scope.
-- Parameters: none.
SELECT count(*) FILTER (WHERE q_alcohol OR q_drugs) AS numerator, count(*) AS denominator, true AS available
FROM in_scope
