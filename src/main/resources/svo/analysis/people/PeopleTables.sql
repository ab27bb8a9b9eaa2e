-- The scope's people summarised once per scope, shared by every people analysis (see PeopleTables).
-- Reads in_scope_person and in_scope (svo.analysis.InScope) and area.
--
-- in_scope_occurrence_people: one row per in-scope occurrence with a known person, by occ_row (InScope's number
--   for each occurrence).
--   v_rows, s_rows      person rows as victim, as suspect or offender
--   v_min, s_min        the smallest pseudonym in each role (the person's, when there is one row)
--   v_age, s_age        the youngest recorded age in each role (the person's, when there is one)
--   relationships       bit k set when a suspect's relationship to the victim is code k (see Relationship)
--
-- in_scope_people: one row per person and span (the whole period is added as span -1 by PeopleTablesWindow).
--   v_occ, s_occ        occurrences as victim, as suspect or offender (each occurrence once, see the update)
--   *_age, *_sex, *_eth "first recorded" values kept as sortable keys: the occurrence's moment in microseconds
--                       × 128 + age (× 4 + sex code 0 M, 1 F, 2 X; × 8 + ethnic group 1 white, 2 asian, 3 black,
--                       4 mixed, 5 other). The smallest key is the value recorded at the earliest occurrence that
--                       records one, ties going to the smaller value; the value is the key modulo 128 (4, 8).
--   types               bit k set when the person was a victim of an offence of type k (Labels.OFFENCE_TYPES),
--                       bit 16 + k as a suspect
--   s_areas, s_eth_*    as a suspect: bit 0 in the city, 1 in the county, 2 elsewhere or with no district; and the
--                       first ethnicity recorded in each

CREATE OR REPLACE TEMP TABLE in_scope_occurrence_people AS
SELECT occ_row,
       any_value(span) AS span,
       any_value(district_code) AS district_code,
       count(*) FILTER (WHERE role = 'victim') AS v_rows,
       count(*) FILTER (WHERE role <> 'victim') AS s_rows,
       min(person_key) FILTER (WHERE role = 'victim') AS v_min,
       min(person_key) FILTER (WHERE role <> 'victim') AS s_min,
       min(age) FILTER (WHERE role = 'victim') AS v_age,
       min(age) FILTER (WHERE role <> 'victim') AS s_age,
       bit_or(1 << CASE relationship WHEN 'stranger' THEN 0 WHEN 'acquaintance' THEN 1 WHEN 'other' THEN 2
                                     WHEN 'not_seen' THEN 3 WHEN 'neighbour' THEN 4 WHEN 'refused' THEN 5
                                     WHEN 'family' THEN 6 WHEN 'partner' THEN 7 WHEN 'ex_partner' THEN 8
                                     WHEN 'friend' THEN 9 WHEN 'colleague' THEN 10 ELSE 11 END)
           FILTER (WHERE role <> 'victim' AND relationship IS NOT NULL) AS relationships
FROM in_scope_person
GROUP BY occ_row;

CREATE OR REPLACE TEMP TABLE in_scope_people AS
WITH ethnic AS (
    -- each ethnicity value recorded (stored lower case, spaces as _), folded once into its broad group
    SELECT e AS ethnicity,
           CASE WHEN l IN ('not_recorded', 'ns', 'not_known') THEN NULL
                WHEN l LIKE 'white%' OR regexp_full_match(l, 'w[0-9]') THEN 1
                WHEN l LIKE 'mixed%' OR regexp_full_match(l, 'm[0-9]') THEN 4
                WHEN l LIKE 'asian%' OR regexp_full_match(l, 'a[0-9]')
                     OR l IN ('indian', 'pakistani', 'bangladeshi', 'chinese') THEN 2
                WHEN l LIKE 'black%' OR regexp_full_match(l, 'b[0-9]') OR l IN ('african', 'caribbean') THEN 3
                ELSE 5 END AS code
    FROM (SELECT e, lower(e) AS l FROM (SELECT DISTINCT ethnicity AS e FROM in_scope_person WHERE ethnicity IS NOT NULL))
),
person_row AS (
    SELECT p.person_key, p.span, p.role = 'victim' AS victim, epoch_us(p.committed_from) AS moment, p.age,
           CASE p.sex WHEN 'M' THEN 0 WHEN 'F' THEN 1 WHEN 'X' THEN 2 END AS sex,
           ethnic.code AS eth,
           -- unitary authorities (E06) are the city and two-tier districts (E07) the county when the district
           -- is not in the loaded geography
           coalesce(a.city_county, CASE WHEN p.district_code LIKE 'E06%' THEN 'city'
                                        WHEN p.district_code LIKE 'E07%' THEN 'county' END) AS city_county,
           CASE p.offence_group WHEN 'Homicide' THEN 0 WHEN 'Possession of weapons' THEN 1
                     -- robbery of business property (2) and of personal property (3), as §4.4, §4.6 and §6 split it
                     WHEN 'Robbery' THEN CASE WHEN p.occ_row IN (SELECT occ_row FROM in_scope WHERE offence = 'robbery_business')
                                              THEN 2 ELSE 3 END
                     WHEN 'Violence with injury' THEN 4 WHEN 'Violence without injury' THEN 5
                     WHEN 'Sexual offences' THEN 6 WHEN 'Stalking and harassment' THEN 7 WHEN 'Public order' THEN 8
                     WHEN 'Criminal damage and arson' THEN 9 WHEN 'Drugs' THEN 10 WHEN 'Theft' THEN 11
                     ELSE 12 END AS type
    FROM in_scope_person p
    LEFT JOIN ethnic ON ethnic.ethnicity = p.ethnicity
    LEFT JOIN area a ON a.level = 'district' AND a.code = p.district_code
)
SELECT person_key, span,
       count(*) FILTER (WHERE victim)::INTEGER AS v_occ,
       count(*) FILTER (WHERE NOT victim)::INTEGER AS s_occ,
       min(moment * 128 + age) FILTER (WHERE victim) AS v_age,
       min(moment * 128 + age) FILTER (WHERE NOT victim) AS s_age,
       min(moment * 4 + sex) FILTER (WHERE victim) AS v_sex,
       min(moment * 4 + sex) FILTER (WHERE NOT victim) AS s_sex,
       -- offence types as victim in bits 0-15, as suspect in bits 16-31
       bit_or(1 << (type + CASE WHEN victim THEN 0 ELSE 16 END)) AS types,
       -- where the person was a suspect: bit 0 the city, 1 the county, 2 elsewhere or no district
       bit_or(CASE WHEN NOT victim THEN CASE city_county WHEN 'city' THEN 1 WHEN 'county' THEN 2 ELSE 4 END END) AS s_areas,
       min(moment * 8 + eth) FILTER (WHERE NOT victim AND city_county = 'city') AS s_eth_city,
       min(moment * 8 + eth) FILTER (WHERE NOT victim AND city_county = 'county') AS s_eth_county,
       min(moment * 8 + eth) FILTER (WHERE NOT victim AND (city_county IS NULL OR city_county NOT IN ('city', 'county'))) AS s_eth_other
FROM person_row
GROUP BY person_key, span;

-- A person listed twice in one occurrence in the same cohort (twice as a victim, or as suspect and offender)
-- has counted that occurrence twice above. Only occurrences with two or more rows in a role can hold such a
-- person; their extra rows are taken off.
UPDATE in_scope_people t
SET v_occ = t.v_occ - d.v_extra, s_occ = t.s_occ - d.s_extra
FROM (SELECT p.person_key, p.span,
             count(*) FILTER (WHERE p.role = 'victim') - count(DISTINCT p.occ_row) FILTER (WHERE p.role = 'victim') AS v_extra,
             count(*) FILTER (WHERE p.role <> 'victim') - count(DISTINCT p.occ_row) FILTER (WHERE p.role <> 'victim') AS s_extra
      FROM in_scope_person p
      WHERE p.occ_row IN (SELECT occ_row FROM in_scope_occurrence_people WHERE v_rows > 1 OR s_rows > 1)
      GROUP BY p.person_key, p.span) d
WHERE t.person_key = d.person_key AND t.span = d.span AND (d.v_extra > 0 OR d.s_extra > 0);
