-- Question: how do the suspects of in-scope occurrences describe their ethnicity, each year, in the city and
--   in the county, and for how many was it not recorded? (SNA 2025 §4.6.)
-- Grain: one row per (period row, area, ethnic group) with a number of suspects (suspects and offenders).
--   area: 'city', 'county', 'unknown' (the district is not known), or 'all' (the whole scope, where a suspect
--   of occurrences in the city and the county counts once). A person counts once per period row and area.
--   Ethnic group: the first self-defined ethnicity recorded at the suspect's occurrences in that period row
--   and area, in five broad groups (census names, their finer categories and the two-character codes W1…O9
--   all map); NULL when none is recorded ("not stated" and "not recorded" are not a recording).
-- Reads: in_scope_person and in_scope_span (see svo.analysis.InScope); area for city and county.
-- Parameters: 1 the label of the whole-period row (NULL for a period of one span).
WITH period_row AS (
    -- each span is a row of its own; the whole period is one more when it has several spans
    SELECT span, label AS row_period, span AS row_order FROM in_scope_span
    UNION ALL
    SELECT s.span, w.label, 1000000 FROM in_scope_span s, (SELECT ?::VARCHAR AS label) w WHERE w.label IS NOT NULL
),
link AS MATERIALIZED (
    SELECT pr.row_period, pr.row_order, p.person_key, p.committed_from,
           -- unitary authorities (E06) are the city and two-tier districts (E07) the county when the district
           -- is not in the loaded geography
           coalesce(a.city_county, CASE WHEN p.district_code LIKE 'E06%' THEN 'city'
                                        WHEN p.district_code LIKE 'E07%' THEN 'county' ELSE 'unknown' END) AS area,
           CASE WHEN e IS NULL OR e IN ('not_recorded', 'ns', 'not_known') THEN NULL
                WHEN e LIKE 'white%' OR regexp_full_match(e, 'w[0-9]') THEN 'white'
                WHEN e LIKE 'mixed%' OR regexp_full_match(e, 'm[0-9]') THEN 'mixed'
                WHEN e LIKE 'asian%' OR regexp_full_match(e, 'a[0-9]')
                     OR e IN ('indian', 'pakistani', 'bangladeshi', 'chinese') THEN 'asian'
                WHEN e LIKE 'black%' OR regexp_full_match(e, 'b[0-9]') OR e IN ('african', 'caribbean') THEN 'black'
                ELSE 'other' END AS ethnic_group
    FROM (SELECT *, lower(ethnicity) AS e FROM in_scope_person WHERE role <> 'victim') p
    JOIN period_row pr ON pr.span = p.span
    LEFT JOIN area a ON a.level = 'district' AND a.code = p.district_code
),
per_area AS (
    SELECT row_period, row_order, area,
           arg_min(ethnic_group, (committed_from, ethnic_group)) FILTER (WHERE ethnic_group IS NOT NULL) AS ethnic_group
    FROM link
    GROUP BY row_period, row_order, area, person_key
),
per_person AS (
    SELECT row_period, row_order, 'all' AS area,
           arg_min(ethnic_group, (committed_from, ethnic_group)) FILTER (WHERE ethnic_group IS NOT NULL) AS ethnic_group
    FROM link
    GROUP BY row_period, row_order, person_key
)
SELECT row_order, row_period AS period, area, ethnic_group, count(*) AS suspects
FROM (SELECT * FROM per_area UNION ALL SELECT * FROM per_person)
GROUP BY row_order, row_period, area, ethnic_group
