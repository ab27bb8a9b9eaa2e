-- Question: of the scope's violence with injury, how many occurrences were GBH with intent, GBH without
--           intent, administering poison, and each other offence, per period; how many had a victim, and how
--           many a suspect, aged max_age or under? (SNA 2025 §3.2, "the three main offence types")
-- Grain:    one row per offence code of the violence-with-injury group and span.
-- Reads:    in_scope and in_scope_person (see InScope).
-- Rules:    an occurrence counts once; the SNA prints only its three main types, the product every type, so
--           the rows add up to the violence with injury row of trend.offence-type.
-- Parameters: 1 = max_age (victims), 2 = max_age (suspects).
WITH young AS (
    SELECT occurrence_id,
           bool_or(role = 'victim' AND age <= ?) AS young_victim,
           bool_or(role IN ('suspect', 'offender') AND age <= ?) AS young_suspect
    FROM in_scope_person
    GROUP BY occurrence_id
)
SELECT o.offence,
       o.span,
       count(*) AS all_occurrences,
       count(*) FILTER (WHERE y.young_victim) AS young_victims,
       count(*) FILTER (WHERE y.young_suspect) AS young_suspects
FROM in_scope o
LEFT JOIN young y ON y.occurrence_id = o.occurrence_id
WHERE o.offence_group = 'Violence with injury'
GROUP BY o.offence, o.span
