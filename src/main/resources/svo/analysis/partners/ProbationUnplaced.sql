-- Probation cases known only by their calendar year whose year overlaps the period but lies in no one span of
-- it (a financial-year period cannot place them). Parameters: the spans, then the area condition.
WITH spans AS ({spans})
SELECT count(*)
FROM probation_case p
WHERE p.start_date IS NULL AND {area}
  AND EXISTS (SELECT 1 FROM spans s WHERE make_date(p.year, 1, 1) < s.end_day AND make_date(p.year + 1, 1, 1) > s.start_day)
  AND NOT EXISTS (SELECT 1 FROM spans s WHERE make_date(p.year, 1, 1) >= s.start_day AND make_date(p.year + 1, 1, 1) <= s.end_day)
