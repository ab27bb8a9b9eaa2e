-- Question: how many occurrences of each offence type were there in each period, and how many of them
--           had a victim, and how many a suspect, aged max_age or under? (SNA 2025 §3.2)
-- Grain:    one row per offence group and span of the period.
-- Reads:    in_scope (the scope's occurrences with the youngest victim's and suspect's ages, see InScope).
-- Rules:    an occurrence counts once in its row, however many people it has; its age cohort needs at
--           least one victim (or one suspect / offender) whose age at the offence is max_age or under.
-- Subset:   {subset} is TRUE, or a second definition's condition (the knife block: svb-knife within the
--           scope's serious violence), spliced only from Definition.sqlCondition().
-- Parameters: 1 = max_age (victims), 2 = max_age (suspects).
SELECT offence_group,
       span,
       count(*) AS all_occurrences,
       count(*) FILTER (WHERE victim_min_age <= ?) AS young_victims,
       count(*) FILTER (WHERE suspect_min_age <= ?) AS young_suspects
FROM in_scope
WHERE {subset}
GROUP BY offence_group, span
ORDER BY offence_group, span
