-- Time to the first further offence after an index event (release from custody, non-custodial conviction,
-- caution): one (time, event) pair per person for the Kaplan-Meier estimate in Java.
-- Cohort: each person's first index event in the period (and area, and of the chosen types), before the data end.
-- Reoffence: the first later occurrence (committed after the event day, up to the data end) in which the same
-- person_key is a suspect or offender, of the occurrences the definition includes (all of them without one).
-- Age and sex come from the index event, else from the person's police record nearest in time, aged to the event.
-- Grain: one row per person: event_type, age, sex, days (to the reoffence, or to the data end), reoffended.
-- Parameters: the spans, the area and type conditions, then the data end twice.
WITH spans AS ({spans}),
events AS (
    SELECT i.person_key, i.event_type, i.event_date, i.age, i.sex,
           row_number() OVER (PARTITION BY i.person_key ORDER BY i.event_date, i.batch_id, i.line) AS nth
    FROM index_event i
    JOIN spans s ON i.event_date >= s.start_day AND i.event_date < s.end_day
    WHERE {area} AND {types}
),
cohort AS (
    SELECT person_key, event_type, event_date, age, sex FROM events WHERE nth = 1 AND event_date < CAST(? AS DATE)
),
counted AS (
    SELECT occurrence_id, CAST(committed_from AS DATE) AS day FROM occurrence WHERE {definition}
),
first_after AS (
    SELECT c.person_key, min(o.day) AS first_day
    FROM cohort c
    JOIN person p ON p.person_key = c.person_key AND p.role IN ('suspect', 'offender')
    JOIN counted o ON o.occurrence_id = p.occurrence_id
    WHERE o.day > c.event_date AND o.day <= CAST(? AS DATE)
    GROUP BY c.person_key
),
recorded AS (
    SELECT c.person_key,
           arg_min(p.age + CAST(floor((c.event_date - CAST(o.committed_from AS DATE)) / 365.25) AS INTEGER),
                   abs(c.event_date - CAST(o.committed_from AS DATE))) FILTER (WHERE p.age IS NOT NULL) AS age,
           arg_min(p.sex, abs(c.event_date - CAST(o.committed_from AS DATE))) FILTER (WHERE p.sex IN ('M', 'F', 'X')) AS sex
    FROM cohort c
    JOIN person p ON p.person_key = c.person_key
    JOIN occurrence o ON o.occurrence_id = p.occurrence_id
    WHERE c.age IS NULL OR c.sex IS NULL OR c.sex = 'U'
    GROUP BY c.person_key
)
SELECT c.event_type,
       coalesce(c.age, r.age) AS age,
       CASE WHEN c.sex IN ('M', 'F', 'X') THEN c.sex ELSE coalesce(r.sex, c.sex) END AS sex,
       coalesce(f.first_day, CAST(? AS DATE)) - c.event_date AS days,
       f.first_day IS NOT NULL AS reoffended
FROM cohort c
LEFT JOIN first_after f ON f.person_key = c.person_key
LEFT JOIN recorded r ON r.person_key = c.person_key
