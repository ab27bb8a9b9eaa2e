-- Question: what share of the occurrences in scope were committed on Friday or Saturday night, 18:00 to 06:00
--           (Friday 18:00 to Saturday 06:00 and Saturday 18:00 to Sunday 06:00; SNA §4.3, strategy summary "23%")?
-- Grain:    one row: numerator, denominator, available.
-- Reads:    in_scope.
-- Parameters: none.
SELECT count(*) FILTER (WHERE (isodow(committed_from) = 5 AND hour(committed_from) >= 18)
                           OR (isodow(committed_from) = 6 AND (hour(committed_from) < 6 OR hour(committed_from) >= 18))
                           OR (isodow(committed_from) = 7 AND hour(committed_from) < 6)) AS numerator,
       count(*) AS denominator, true AS available
FROM in_scope
