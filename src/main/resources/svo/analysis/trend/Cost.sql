-- Question: how many occurrences of each offence were there per period, to be multiplied by the Home Office
--           unit cost of its category? (SNA 2025 §3.1, "estimated to have cost £36,096,840")
-- Grain:    one row per offence code and span.
-- Reads:    in_scope (see InScope).
-- Rules:    each occurrence is costed once, at the unit cost of its offence (unit-costs.csv beside this file);
--           offences without a unit cost are listed as not costed, never counted as zero.
-- Parameters: none.
SELECT offence, offence_group, span, count(*) AS occurrences
FROM in_scope
GROUP BY offence, offence_group, span
