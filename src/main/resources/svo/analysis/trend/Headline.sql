-- Question: per period, how many serious violence occurrences, homicides, knife crimes and knife homicides?
--           (SNA 2025 §3.1 and §1.1: "2,179 ... compared to 2,523 in 2023/24, a 14% reduction")
-- Grain:    one row per span.
-- Reads:    in_scope (see InScope).
-- Splices:  {knife}: the knife definition's condition (knife-definition, svb-knife by default), from
--           Definition.sqlCondition(); knife crime is counted within the scope's serious violence.
-- Parameters: none.
SELECT span,
       count(*) AS serious_violence,
       count(*) FILTER (WHERE offence_group = 'Homicide') AS homicides,
       count(*) FILTER (WHERE {knife}) AS knife,
       count(*) FILTER (WHERE offence_group = 'Homicide' AND {knife}) AS knife_homicides
FROM in_scope
GROUP BY span
