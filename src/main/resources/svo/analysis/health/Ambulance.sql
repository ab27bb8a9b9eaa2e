-- Ambulance assault patients (SNA §13.3): how the service responded, who, and where conveyed patients went.
-- Grain: one row per span, response type, sex (U when not recorded) and destination hospital code (NULL for
-- patients not conveyed, or conveyed with no destination recorded). A patient is placed by the date-time of the
-- call. Parameters: the spans, then the area condition.
WITH spans AS ({spans})
SELECT s.span, a.response_type, coalesce(a.sex, 'U') AS sex, a.destination_code, count(*) AS patients
FROM ambulance a
JOIN spans s ON a.incident_at >= s.start_day AND a.incident_at < s.end_day
WHERE {area}
GROUP BY ALL
