-- Offences recorded by the youth justice services (SNA §15) by type, city / county, sex and age.
-- Grain: one row per span, offence type, area (city, county, '' when not known), sex (U when not recorded) and
-- age (NULL when not recorded), with the offences and the distinct young people (when person keys were given).
-- Parameters: the spans, then the area condition.
WITH spans AS ({spans})
SELECT s.span, y.offence_type, coalesce(y.area, '') AS area, coalesce(y.sex, 'U') AS sex, y.age,
       count(*) AS offences
FROM yjs_offence y
JOIN spans s ON y.offence_date >= s.start_day AND y.offence_date < s.end_day
WHERE {area}
GROUP BY ALL
