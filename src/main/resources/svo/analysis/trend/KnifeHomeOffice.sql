-- Question: how many knife crimes of each Home Office offence type were there per period, and how many of
--           them were domestic-abuse related? (PA report May 2026 §2.1, years ending December)
-- Grain:    one row per Home Office offence type and span.
-- Reads:    in_scope (see InScope): the scope's definition is the Home Office knife-crime measure
--           (ho-knife-crime), which keeps domestic abuse in.
-- Rules:    robbery is split into personal and business property, sexual offences into rape and other
--           sexual offences, as the Home Office table prints them; an occurrence counts once.
-- Parameters: none.
SELECT CASE
           WHEN offence = 'robbery_personal' THEN 'Robbery - Personal'
           WHEN offence = 'robbery_business' THEN 'Robbery - Business'
           WHEN offence = 'rape' THEN 'Rape'
           WHEN offence_group = 'Sexual offences' THEN 'Other Sexual Offences'
           WHEN offence_group = 'Violence with injury' THEN 'Violence with Injury'
           WHEN offence_group = 'Violence without injury' THEN 'Violence without Injury'
           ELSE offence_group
       END AS offence_type,
       span,
       count(*) AS occurrences,
       count(*) FILTER (WHERE domestic_abuse) AS domestic_abuse
FROM in_scope
GROUP BY 1, 2
