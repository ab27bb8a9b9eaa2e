-- Question: how many records fall in each area of one level in each span?
-- Grain: one row per span and area code with at least one record. {{code}} = the level's code column.
WITH records AS ({{records}})
SELECT span_index, {{code}} AS code, count(*) AS n
FROM records
WHERE {{code}} IS NOT NULL
GROUP BY span_index, {{code}}
