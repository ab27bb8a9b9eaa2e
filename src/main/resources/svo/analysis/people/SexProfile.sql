-- Question: how many victims (or suspects) of in-scope occurrences were male, female, of another sex, or of
--   unrecorded sex, in each period? (SNA 2025 §4.4 for victims, §4.6 for suspects.)
-- Grain: one row per (span, sex) with a number of people; span -1 is the whole period. A person counts once in
--   each span and once in the whole period, with the first M, F or X recorded for them in it (NULL: none is).
-- Reads: in_scope_people (see PeopleTables).
-- Parameters: 1 true for victims, false for suspects (and offenders).
SELECT span,
       CASE ((sex_key % 4) + 4) % 4 WHEN 0 THEN 'M' WHEN 1 THEN 'F' WHEN 2 THEN 'X' END AS sex,
       count(*) AS people
FROM (SELECT span, CASE WHEN param.victims THEN v_sex ELSE s_sex END AS sex_key
      FROM in_scope_people, (SELECT ?::BOOLEAN AS victims) param
      WHERE CASE WHEN param.victims THEN v_occ ELSE s_occ END > 0)
GROUP BY span, sex
