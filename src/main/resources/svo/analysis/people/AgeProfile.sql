-- Question: how old are the victims (or the suspects) of in-scope occurrences? By age group and period, by
--   age group and offence type, by single year of age (SNA 2025 §4.4 for victims, §4.6 for suspects).
-- Grain: one row per (span, age) with the number of people of that age, and in t0 … t12 how many of them were
--   involved in an offence of type k (Labels.OFFENCE_TYPES). span -1 is the whole period.
--   A person counts once in each span and once in the whole period, at the age recorded at their first
--   occurrence in it that records one (NULL: none does); under each offence type they were involved in.
-- Reads: in_scope_people (see PeopleTables).
-- Parameters: 1 true for victims, false for suspects (and offenders).
WITH cohort AS (
    SELECT span,
           CASE WHEN param.victims THEN v_age ELSE s_age END AS age_key,
           -- offence types as a victim are bits 0-15, as a suspect 16-31
           CASE WHEN param.victims THEN types & 65535 ELSE types >> 16 END AS types
    FROM in_scope_people, (SELECT ?::BOOLEAN AS victims) param
    WHERE CASE WHEN param.victims THEN v_occ ELSE s_occ END > 0
)
SELECT span,
       ((age_key % 128) + 128) % 128 AS age,
       count(*) AS people,
       sum((types >> 0) & 1) AS t0,
       sum((types >> 1) & 1) AS t1,
       sum((types >> 2) & 1) AS t2,
       sum((types >> 3) & 1) AS t3,
       sum((types >> 4) & 1) AS t4,
       sum((types >> 5) & 1) AS t5,
       sum((types >> 6) & 1) AS t6,
       sum((types >> 7) & 1) AS t7,
       sum((types >> 8) & 1) AS t8,
       sum((types >> 9) & 1) AS t9,
       sum((types >> 10) & 1) AS t10,
       sum((types >> 11) & 1) AS t11,
       sum((types >> 12) & 1) AS t12
FROM cohort
GROUP BY span, age
