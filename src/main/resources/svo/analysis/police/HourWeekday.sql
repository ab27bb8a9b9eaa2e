-- Question: at what hour of the day and on what day of the week were occurrences committed: all of them,
--           those with a victim aged child_max_age or under, and those with a victim older? (SNA 2025 §4.3)
-- Grain:    one row per hour (0-23) and ISO weekday (1 = Monday ... 7 = Sunday) that has occurrences.
-- Reads:    in_scope and in_scope_person (see InScope).
-- Rules:    the time is committed_from (the start of the window in which the crime was committed); an
--           occurrence with a child and an adult victim counts in both victim tables; one with no victim of
--           known age counts only in "all".
-- Parameters: 1 = child_max_age, 2 = child_max_age.
WITH victims AS (
    SELECT occurrence_id,
           bool_or(role = 'victim' AND age <= ?) AS child,
           bool_or(role = 'victim' AND age > ?) AS adult
    FROM in_scope_person
    GROUP BY occurrence_id
)
SELECT hour(o.committed_from) AS hour,
       isodow(o.committed_from) AS weekday,
       count(*) AS all_occurrences,
       count(*) FILTER (WHERE v.child) AS child_victims,
       count(*) FILTER (WHERE v.adult) AS adult_victims
FROM in_scope o
LEFT JOIN victims v ON v.occurrence_id = o.occurrence_id
GROUP BY 1, 2
