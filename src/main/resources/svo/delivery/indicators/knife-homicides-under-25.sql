-- Question: how many homicides in scope had a victim aged under 25? (Home Office VRU success measure; run under
--           ho-knife-crime, so every one involved a knife or sharp instrument)
-- Grain:    one row: numerator, denominator (none: a count), available.
-- Reads:    in_scope with its people's ages.
-- Parameters: none.
SELECT count(*) FILTER (WHERE offence_group = 'Homicide' AND victim_min_age < 25) AS numerator,
       CAST(NULL AS BIGINT) AS denominator, true AS available
FROM in_scope
