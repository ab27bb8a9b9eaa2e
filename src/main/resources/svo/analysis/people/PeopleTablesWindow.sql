-- The whole period as one more row per person (span -1), for a period of several spans: occurrences add up
-- (an occurrence is in one span), the first recorded values are the smallest keys, the rest combine.
INSERT INTO in_scope_people
SELECT person_key, -1,
       sum(v_occ)::INTEGER, sum(s_occ)::INTEGER,
       min(v_age), min(s_age), min(v_sex), min(s_sex),
       bit_or(types), bit_or(s_areas),
       min(s_eth_city), min(s_eth_county), min(s_eth_other)
FROM in_scope_people
GROUP BY person_key;
