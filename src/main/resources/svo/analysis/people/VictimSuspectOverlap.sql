-- Question: who is involved in in-scope violence? How many victims, how many suspects, and how many people
--   were both, with their ages and sex (SNA 2025 §4.1; §7.2 when the definition is knife crime)?
-- Grain: one row per (span, cohort, age band, sex) with a number of people; span -1 is the whole period.
--   victims             people who were a victim at an in-scope occurrence of the span
--   suspects            people who were a suspect or an offender
--   victim_and_suspect  people who were both, at the same or different occurrences of the span
--   A person counts once per span and cohort. Age band (0-24, 25-39, 40+; NULL when none is recorded) is from
--   the age recorded at their first occurrence in the cohort's role(s) that records one; sex likewise (NULL:
--   not recorded). Pseudonyms only; no person is output.
-- Reads: in_scope_people (see PeopleTables).
-- Parameters: none.
WITH everyone AS (
    SELECT span, 'victims' AS cohort, v_age AS age_key, v_sex AS sex_key
    FROM in_scope_people WHERE v_occ > 0
    UNION ALL
    SELECT span, 'suspects', s_age, s_sex
    FROM in_scope_people WHERE s_occ > 0
    UNION ALL
    SELECT span, 'victim_and_suspect', least(v_age, s_age), least(v_sex, s_sex)
    FROM in_scope_people WHERE v_occ > 0 AND s_occ > 0
)
SELECT span, cohort,
       CASE WHEN age_key IS NULL THEN NULL
            WHEN ((age_key % 128) + 128) % 128 < 25 THEN '0-24'
            WHEN ((age_key % 128) + 128) % 128 < 40 THEN '25-39'
            ELSE '40+' END AS band,
       CASE ((sex_key % 4) + 4) % 4 WHEN 0 THEN 'M' WHEN 1 THEN 'F' WHEN 2 THEN 'X' END AS sex,
       count(*) AS people
FROM everyone
GROUP BY span, cohort, band, sex
