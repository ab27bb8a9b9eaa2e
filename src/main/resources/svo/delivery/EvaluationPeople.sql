-- Question: for an intervention's participants and for everyone else known to the records at the same moments, what
--           were their age band, sex, district and prior offences at the start, and did they offend (or were they
--           victimised) in the months before and after it?
-- Grain:    one row per (start month, person): each participant at their own start month, and each other person
--           known to the records (any occurrence in the 24 months before) at every start month of the participants.
-- Reads:    intervention_participant, person, occurrence.
-- Parameters: 1 = intervention id, 2 = months of the windows, 3 = roles counted as the outcome (comma-separated:
--           'suspect,offender' for offending, 'victim' for victimisation).
-- Rules:    a participant's start is rounded to the first of its month so participants and comparison people are
--           looked at on the same day; age at the start is the age at the person's latest occurrence before it plus
--           the whole years since; district and sex come from that occurrence (the participant file overrides them).
WITH params AS (SELECT CAST(? AS VARCHAR) AS intervention, CAST(? AS INTEGER) AS months, string_split(CAST(? AS VARCHAR), ',') AS outcome_roles),
participants AS (
    SELECT person_key, min(start_date) AS start_date, any_value(age) AS age, any_value(sex) AS sex, any_value(district_code) AS district
    FROM intervention_participant, params WHERE intervention_id = params.intervention
    GROUP BY person_key
),
starts AS (
    SELECT DISTINCT CAST(date_trunc('month', start_date) AS DATE) AS s FROM participants
),
ev AS (
    SELECT p.person_key, p.role, p.age, p.sex, CAST(o.committed_from AS DATE) AS day, o.district_code, o.occurrence_id
    FROM person p JOIN occurrence o USING (occurrence_id)
),
at_start AS (
    SELECT st.s, e.person_key,
           arg_max(e.age, e.day) FILTER (WHERE e.day < st.s AND e.age IS NOT NULL) AS last_age,
           max(e.day) FILTER (WHERE e.day < st.s AND e.age IS NOT NULL) AS last_age_day,
           arg_max(e.district_code, e.day) FILTER (WHERE e.day < st.s AND e.district_code IS NOT NULL) AS district,
           max(e.sex) FILTER (WHERE e.sex IN ('M', 'F')) AS sex,
           count(DISTINCT e.occurrence_id) FILTER (WHERE e.role IN ('suspect', 'offender') AND e.day >= st.s - to_months(params.months)
                                                  AND e.day < st.s) AS prior_offences,
           count(DISTINCT e.occurrence_id) FILTER (WHERE list_contains(params.outcome_roles, e.role)
                                                  AND e.day >= st.s - to_months(params.months) AND e.day < st.s) AS before,
           count(DISTINCT e.occurrence_id) FILTER (WHERE list_contains(params.outcome_roles, e.role)
                                                  AND e.day >= st.s AND e.day < st.s + to_months(params.months)) AS after,
           bool_or(e.day >= st.s - INTERVAL 24 MONTH AND e.day < st.s) AS known
    FROM starts st CROSS JOIN params JOIN ev e ON e.day < st.s + to_months(params.months)
    GROUP BY st.s, e.person_key
)
SELECT a.s, a.person_key, (pp.person_key IS NOT NULL AND CAST(date_trunc('month', pp.start_date) AS DATE) = a.s) AS participant,
       coalesce(pp.age, CASE WHEN a.last_age IS NULL THEN NULL
                             ELSE a.last_age + CAST(floor(date_diff('day', a.last_age_day, a.s) / 365.25) AS INTEGER) END) AS age,
       coalesce(pp.sex, a.sex) AS sex, coalesce(pp.district, a.district) AS district,
       a.prior_offences, a.before, a.after
FROM at_start a
LEFT JOIN participants pp ON pp.person_key = a.person_key
WHERE a.known OR (pp.person_key IS NOT NULL AND CAST(date_trunc('month', pp.start_date) AS DATE) = a.s)
UNION ALL
-- participants with no occurrence before the end of their follow-up: nothing prior, nothing before or after
SELECT CAST(date_trunc('month', pp.start_date) AS DATE), pp.person_key, true, pp.age, pp.sex, pp.district, 0, 0, 0
FROM participants pp
WHERE NOT EXISTS (SELECT 1 FROM at_start a WHERE a.person_key = pp.person_key
                  AND a.s = CAST(date_trunc('month', pp.start_date) AS DATE))
