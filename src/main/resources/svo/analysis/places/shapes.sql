-- Question: what are the boundaries of the areas of one level in scope?
-- Grain: one row per area of the level with a boundary; {{area_filter}} limits them to the scope's area.
SELECT code, name, parent_code, geom_wkb
FROM area
WHERE level = ? AND geom_wkb IS NOT NULL {{area_filter}}
ORDER BY code
