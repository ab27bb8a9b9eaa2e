-- Question: at what hour of the day and on what day of the week were occurrences committed: all of them,
--           those with a victim aged child_max_age or under, and those with a victim older? (SNA 2025 §4.3)
-- Grain:    one row per hour (0-23) and ISO weekday (1 = Monday ... 7 = Sunday) that has occurrences.
-- Reads:    in_scope (with the youngest and oldest victim's ages, see InScope).
-- Rules:    the time is committed_from (the start of the window in which the crime was committed); an
--           occurrence with a child and an adult victim counts in both victim tables; one with no victim of
--           known age counts only in "all".
-- Parameters: 1 = child_max_age, 2 = child_max_age.
SELECT hour(committed_from) AS hour,
       isodow(committed_from) AS weekday,
       count(*) AS all_occurrences,
       count(*) FILTER (WHERE victim_min_age <= ?) AS child_victims,
       count(*) FILTER (WHERE victim_max_age > ?) AS adult_victims
FROM in_scope
GROUP BY 1, 2
