-- The in-scope occurrences every people analysis starts from. An analysis's SQL starts with the in-scope
-- marker after WITH; InScope puts this text there, with the definition's condition in its own marker below.
--
-- span:       one row per span of the period (e.g. each financial year), with its printed label.
-- period_row: the rows a person or occurrence is counted in: its own span and, when the period has several
--             spans, the whole window as one more row (people are de-duplicated over the window, never summed).
-- scoped:     one row per occurrence the definition includes, committed within a span, in the area.
--
-- Parameters, in order:
--   1 span labels VARCHAR[]   2 span first days DATE[]   3 span end days (exclusive) DATE[]
--   4 window label VARCHAR, NULL for a period of one span
--   5 first day DATE          6 end day (exclusive) DATE
--   7 area kind VARCHAR (ALL, CITY, COUNTY, DISTRICT)   8 district code VARCHAR (DISTRICT only)
span AS (
    SELECT unnest(?::VARCHAR[]) AS period,
           unnest(?::DATE[])    AS span_start,
           unnest(?::DATE[])    AS span_end
),
period_row AS (
    SELECT period, period AS row_period, row_number() OVER (ORDER BY span_start) AS row_order
    FROM span
    UNION ALL
    SELECT s.period, w.label, 1000000
    FROM span s, (SELECT ?::VARCHAR AS label) w
    WHERE w.label IS NOT NULL
),
scoped AS (
    SELECT o.occurrence_id, o.committed_from, o.offence_type, o.q_alcohol, o.q_drugs, o.q_youth,
           o.q_mental_health, o.q_nte, o.district_code, o.district, o.city_county, s.period
    FROM (
        SELECT o.*,
               -- The SNA reports robbery of business and of personal property apart (§4.4, §4.6, §6).
               CASE o.offence WHEN 'robbery_business' THEN 'Robbery (Business)'
                              WHEN 'robbery_personal' THEN 'Robbery (Personal)'
                              ELSE o.offence_group END AS offence_type,
               coalesce(a.name, o.district_code) AS district,
               -- Unitary authorities (E06) are the city, two-tier districts (E07) the county, when the
               -- district is not in the loaded geography.
               coalesce(a.city_county, CASE WHEN o.district_code LIKE 'E06%' THEN 'city'
                                            WHEN o.district_code LIKE 'E07%' THEN 'county' END) AS city_county
        FROM (SELECT * FROM occurrence
              WHERE committed_from >= ? AND committed_from < ?
                AND ({{definition}})) o
        LEFT JOIN area a ON a.level = 'district' AND a.code = o.district_code
    ) o
    JOIN span s ON o.committed_from >= s.span_start AND o.committed_from < s.span_end
    CROSS JOIN (SELECT ?::VARCHAR AS kind, ?::VARCHAR AS code) area_param
    WHERE area_param.kind = 'ALL'
       OR (area_param.kind = 'DISTRICT' AND o.district_code = area_param.code)
       OR (area_param.kind = 'CITY' AND o.city_county = 'city')
       OR (area_param.kind = 'COUNTY' AND o.city_county = 'county')
)
