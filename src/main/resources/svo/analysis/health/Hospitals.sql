-- The hospitals known to the store (shipped list overridden by imported lists): code, name, inside the area.
SELECT code, name, in_area FROM hospital ORDER BY code
