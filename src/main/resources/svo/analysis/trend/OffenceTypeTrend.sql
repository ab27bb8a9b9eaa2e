-- Question: how many occurrences of each offence type were there in each period, and how many of them
--           had a victim, and how many a suspect, aged max_age or under? (SNA 2025 §3.2)
-- Grain:    one row per offence group and span of the period.
-- Reads:    in_scope and in_scope_person (the scope's occurrences and their people, see InScope).
-- Rules:    an occurrence counts once in its row, however many people it has; its age cohort needs at
--           least one victim (or one suspect / offender) whose age at the offence is max_age or under.
-- Subset:   {subset} is TRUE, or a second definition's condition (the knife block: svb-knife within the
--           scope's serious violence), spliced only from Definition.sqlCondition().
-- Parameters: 1 = max_age (victims), 2 = max_age (suspects).
WITH young AS (
    SELECT occurrence_id,
           bool_or(role = 'victim' AND age <= ?) AS young_victim,
           bool_or(role IN ('suspect', 'offender') AND age <= ?) AS young_suspect
    FROM in_scope_person
    GROUP BY occurrence_id
)
SELECT o.offence_group,
       o.span,
       count(*) AS all_occurrences,
       count(*) FILTER (WHERE y.young_victim) AS young_victims,
       count(*) FILTER (WHERE y.young_suspect) AS young_suspects
FROM in_scope o
LEFT JOIN young y ON y.occurrence_id = o.occurrence_id
WHERE {subset}
GROUP BY o.offence_group, o.span
ORDER BY o.offence_group, o.span
