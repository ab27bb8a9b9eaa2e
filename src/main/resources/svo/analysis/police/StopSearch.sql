-- Question: per period, how many stop and searches were there, how many were for offensive weapons, and in how
--           many of those was an offensive weapon found? (SNA 2025 §10)
-- Grain:    one row per span.
-- Reads:    the stop_search view (active batches), placed by searched_at and filtered to the scope's area by
--           its district_code. No definition applies: these are searches, not crimes.
-- Rules:    "found" is a search for the object whose outcome was linked to the object (object_found).
-- Splices:  {span}, {period}, {area}: the scope's conditions (InScope.spanCase / periodCondition /
--           areaCondition), values bound.
-- Parameters: the span bounds, the object of search (lower case), the object again, the period bounds, the area.
SELECT {span} AS span,
       count(*) AS searches,
       count(*) FILTER (WHERE lower(object_of_search) = ?) AS object_searches,
       count(*) FILTER (WHERE lower(object_of_search) = ? AND object_found) AS found
FROM stop_search
WHERE {period} AND {area}
GROUP BY 1
