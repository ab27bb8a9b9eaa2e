-- Question: which wards have the most records in each span, and what share of all records in scope is each?
-- Grain: one row per span and ward among the top N of that span (wards tied with the N-th are kept).
-- The share is of every record in scope in that span, whether or not it has a ward.
-- Parameters: ? = N.
WITH records AS ({{records}}),
     totals AS (
         SELECT span_index, span_label, count(*) AS all_records
         FROM records
         GROUP BY span_index, span_label),
     wards AS (
         SELECT span_index, ward_code, count(*) AS n
         FROM records
         WHERE ward_code IS NOT NULL
         GROUP BY span_index, ward_code),
     ranked AS (
         SELECT w.*, rank() OVER (PARTITION BY span_index ORDER BY n DESC) AS position
         FROM wards w)
SELECT t.span_label,
       r.ward_code,
       coalesce(a.name, r.ward_code)      AS ward,
       coalesce(d.name, a.parent_code)    AS district,
       r.n,
       t.all_records,
       r.position
FROM ranked r
JOIN totals t ON t.span_index = r.span_index
LEFT JOIN area a ON a.level = 'ward' AND a.code = r.ward_code
LEFT JOIN area d ON d.level = 'district' AND d.code = a.parent_code
WHERE r.position <= ?
ORDER BY t.span_index, r.position, ward
