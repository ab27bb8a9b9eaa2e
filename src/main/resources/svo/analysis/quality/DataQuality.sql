-- Question:   how complete are the records behind the report? For each span: occurrences in scope, and how many
--             have no coordinates, no district, no qualifier, no known suspect, no known victim; how many of their
--             suspects have no recorded ethnicity and how many victims no recorded age.
-- Grain:      one row per span of the period.
-- Parameters: {spans} is a VALUES list of (label, first day, day after, order) bound with ?; {definition} is
--             Definition.sqlCondition() (validated when the definition was loaded); {area} is a condition on
--             district_code with its value bound with ?.
WITH spans(span, span_start, span_end, ord) AS (
    VALUES {spans}
),
occ AS (
    SELECT o.occurrence_id, o.latitude, o.easting, o.district_code,
           o.q_alcohol OR o.q_drugs OR o.q_youth OR o.q_mental_health OR o.q_nte AS any_qualifier,
           s.span, s.ord
    FROM occurrence o
    JOIN spans s ON o.committed_from >= s.span_start AND o.committed_from < s.span_end
    WHERE ({definition}) AND ({area})
),
people AS (
    SELECT DISTINCT p.occurrence_id, p.person_key, p.role, p.ethnicity, p.age, occ.span
    FROM person p
    JOIN occ ON occ.occurrence_id = p.occurrence_id
),
per_occurrence AS (
    SELECT occ.span, occ.ord, occ.occurrence_id, occ.latitude, occ.easting, occ.district_code, occ.any_qualifier,
           bool_or(pe.role IN ('suspect', 'offender')) AS has_suspect,
           bool_or(pe.role = 'victim') AS has_victim
    FROM occ
    LEFT JOIN people pe ON pe.occurrence_id = occ.occurrence_id
    GROUP BY ALL
),
by_span AS (
    SELECT span, min(ord) AS ord,
           count(*) AS occurrences,
           count(*) FILTER (WHERE latitude IS NULL AND easting IS NULL) AS no_coordinates,
           count(*) FILTER (WHERE district_code IS NULL) AS no_district,
           count(*) FILTER (WHERE NOT any_qualifier) AS no_qualifier,
           count(*) FILTER (WHERE has_suspect IS NOT TRUE) AS no_suspect,
           count(*) FILTER (WHERE has_victim IS NOT TRUE) AS no_victim
    FROM per_occurrence
    GROUP BY span
),
suspects AS (
    SELECT span,
           count(DISTINCT person_key) AS suspects,
           count(DISTINCT person_key) FILTER (WHERE ethnicity IS NULL OR lower(ethnicity) IN ('', 'not_recorded', 'not recorded', 'unknown')) AS suspects_no_ethnicity
    FROM people WHERE role IN ('suspect', 'offender')
    GROUP BY span
),
victims AS (
    SELECT span,
           count(DISTINCT person_key) AS victims,
           count(DISTINCT person_key) FILTER (WHERE age IS NULL) AS victims_no_age
    FROM people WHERE role = 'victim'
    GROUP BY span
)
SELECT b.span, b.occurrences, b.no_coordinates, b.no_district, b.no_qualifier, b.no_suspect, b.no_victim,
       coalesce(s.suspects, 0), coalesce(s.suspects_no_ethnicity, 0), coalesce(v.victims, 0), coalesce(v.victims_no_age, 0)
FROM by_span b
LEFT JOIN suspects s USING (span)
LEFT JOIN victims v USING (span)
ORDER BY b.ord
