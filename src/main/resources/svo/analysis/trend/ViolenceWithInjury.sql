-- Question: of the scope's violence with injury, how many occurrences were GBH with intent, GBH without
--           intent, administering poison, and each other offence, per period; how many had a victim, and how
--           many a suspect, aged max_age or under? (SNA 2025 §3.2, "the three main offence types")
-- Grain:    one row per offence code of the violence-with-injury group and span.
-- Reads:    in_scope (with the youngest victim's and suspect's ages, see InScope).
-- Rules:    an occurrence counts once; the SNA prints only its three main types, the product every type, so
--           the rows add up to the violence with injury row of trend.offence-type.
-- Parameters: 1 = max_age (victims), 2 = max_age (suspects).
SELECT offence,
       span,
       count(*) AS all_occurrences,
       count(*) FILTER (WHERE victim_min_age <= ?) AS young_victims,
       count(*) FILTER (WHERE suspect_min_age <= ?) AS young_suspects
FROM in_scope
WHERE offence_group = 'Violence with injury'
GROUP BY offence, span
