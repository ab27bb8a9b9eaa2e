-- Question: per period, how many occurrences had a positive outcome, another outcome, or are not yet complete?
--           (SNA 2025 §11)
-- Grain:    one row per outcome category (positive, other, open, or null when none is recorded) and span.
-- Reads:    in_scope (see InScope). An occurrence is placed in the period it was committed in; its outcome is
--           the latest the extract records.
-- Parameters: none.
SELECT outcome_category, span, count(*) AS occurrences
FROM in_scope
GROUP BY outcome_category, span
