-- Serious violence probation cases (SNA §17) by district, age, sex and sentence.
-- Grain: one row per span, district (name when the district is loaded, else as given; NULL when none), sex
-- (U when not recorded), age, age group as supplied and sentence type, with the cases. A case with a start date
-- is placed by it; a case with only a calendar year is placed in a span only when the span covers that whole year.
-- Parameters: the spans, then the area condition.
WITH spans AS ({spans})
SELECT s.span, coalesce(a.name, p.district_code) AS district, coalesce(p.sex, 'U') AS sex, p.age, p.age_group,
       p.sentence_type, count(*) AS cases
FROM probation_case p
JOIN spans s ON CASE WHEN p.start_date IS NOT NULL THEN p.start_date >= s.start_day AND p.start_date < s.end_day
                     ELSE make_date(p.year, 1, 1) >= s.start_day AND make_date(p.year + 1, 1, 1) <= s.end_day END
LEFT JOIN area a ON a.level = 'district' AND a.code = p.district_code
WHERE {area}
GROUP BY ALL
