-- Question: how were suspects related to their victims, each year and in each district, and how do the ages
--   of the victims and suspects of one occurrence compare? (SNA 2025 §4.5.)
-- Grain: one row per (tbl, span, …) with a count n; span -1 is the whole period:
--   tbl 'year'      (span, relationship code k): occurrences with a suspect recorded in relationship k
--   tbl 'district'  (span, district, relationship code k): the same, by the occurrence's district
--   tbl 'missing'   (span): occurrences with a suspect but no relationship recorded for any of them
--   tbl 'ages'      (span, victim age group, suspect age group): victim-suspect pairs of one occurrence, both
--                   ages recorded, a person never paired with themselves
--   Relationship is recorded on the suspect ("the suspect's relationship to the victim"); an occurrence counts
--   once under each different relationship its suspects have. Codes k: 0 stranger, 1 acquaintance, 2 other,
--   3 not_seen, 4 neighbour, 5 refused, 6 family, 7 partner, 8 ex_partner, 9 friend, 10 colleague, 11 unknown.
--   Age groups start at 0, 10, 20, 30 and 40 (40+). Occurrences with one victim row and one suspect row give
--   their pair from in_scope_occurrence_people; the few with more rows are paired person by person.
-- Reads: in_scope_occurrence_people (see PeopleTables), in_scope_person; area for district names.
-- Parameters: none.
WITH by_span AS (
    SELECT coalesce(span, -1) AS span,
           sum((relationships >> 0) & 1) AS r0,
           sum((relationships >> 1) & 1) AS r1,
           sum((relationships >> 2) & 1) AS r2,
           sum((relationships >> 3) & 1) AS r3,
           sum((relationships >> 4) & 1) AS r4,
           sum((relationships >> 5) & 1) AS r5,
           sum((relationships >> 6) & 1) AS r6,
           sum((relationships >> 7) & 1) AS r7,
           sum((relationships >> 8) & 1) AS r8,
           sum((relationships >> 9) & 1) AS r9,
           sum((relationships >> 10) & 1) AS r10,
           sum((relationships >> 11) & 1) AS r11
    FROM in_scope_occurrence_people
    WHERE relationships IS NOT NULL
    GROUP BY GROUPING SETS ((span), ())
    HAVING count(*) > 0
),
by_district AS (
    SELECT coalesce(span, -1) AS span, district_code,
           sum((relationships >> 0) & 1) AS r0,
           sum((relationships >> 1) & 1) AS r1,
           sum((relationships >> 2) & 1) AS r2,
           sum((relationships >> 3) & 1) AS r3,
           sum((relationships >> 4) & 1) AS r4,
           sum((relationships >> 5) & 1) AS r5,
           sum((relationships >> 6) & 1) AS r6,
           sum((relationships >> 7) & 1) AS r7,
           sum((relationships >> 8) & 1) AS r8,
           sum((relationships >> 9) & 1) AS r9,
           sum((relationships >> 10) & 1) AS r10,
           sum((relationships >> 11) & 1) AS r11
    FROM in_scope_occurrence_people
    WHERE relationships IS NOT NULL
    GROUP BY GROUPING SETS ((span, district_code), (district_code))
),
multi_person AS (
    SELECT p.span, p.occ_row, p.person_key, p.role = 'victim' AS victim, min(p.age) AS age
    FROM in_scope_person p
    WHERE p.occ_row IN (SELECT occ_row FROM in_scope_occurrence_people
                              WHERE (v_rows > 1 OR s_rows > 1) AND v_rows > 0 AND s_rows > 0)
    GROUP BY p.span, p.occ_row, p.person_key, victim
),
pairs AS (
    SELECT span, v_age, s_age
    FROM in_scope_occurrence_people
    WHERE v_rows = 1 AND s_rows = 1 AND v_min <> s_min AND v_age IS NOT NULL AND s_age IS NOT NULL
    UNION ALL
    SELECT v.span, v.age, s.age
    FROM multi_person v
    JOIN multi_person s ON s.occ_row = v.occ_row AND NOT s.victim AND s.person_key <> v.person_key
    WHERE v.victim AND v.age IS NOT NULL AND s.age IS NOT NULL
)
SELECT 'year' AS tbl, span, NULL::VARCHAR AS district, k, NULL::INTEGER AS victim_group, NULL::INTEGER AS suspect_group,
       coalesce(n, 0) AS n
FROM (UNPIVOT by_span ON r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11 INTO NAME k VALUE n)
UNION ALL
SELECT 'district', d.span, coalesce(a.name, d.district_code), d.k, NULL, NULL, coalesce(d.n, 0)
FROM (UNPIVOT by_district ON r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11 INTO NAME k VALUE n) d
LEFT JOIN area a ON a.level = 'district' AND a.code = d.district_code
UNION ALL
SELECT 'missing', coalesce(span, -1), NULL, NULL, NULL, NULL, count(*)
FROM in_scope_occurrence_people
WHERE s_rows > 0 AND relationships IS NULL
GROUP BY GROUPING SETS ((span), ())
HAVING count(*) > 0
UNION ALL
SELECT 'ages', coalesce(span, -1), NULL, NULL, least(v_age, 40) // 10 * 10, least(s_age, 40) // 10 * 10, count(*)
FROM pairs
GROUP BY GROUPING SETS ((span, least(v_age, 40) // 10 * 10, least(s_age, 40) // 10 * 10),
                        (least(v_age, 40) // 10 * 10, least(s_age, 40) // 10 * 10))
