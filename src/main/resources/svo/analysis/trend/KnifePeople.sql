-- Question: who was involved in knife crime over the whole period: how many distinct victims, suspects, and
--           people who were both; what share were aged up to 24, 25-39 and 40 or over, and what share male?
--           (SNA 2025 §7.2: 1,173 victims, 1,598 suspects, 105 both)
-- Grain:    one row per cohort (victims, suspects, victim_and_suspect).
-- Reads:    in_scope and in_scope_person (see InScope).
-- Splices:  {knife}: the knife definition's condition, from Definition.sqlCondition().
-- Rules:    people are pseudonymised person keys, counted once over the whole period; suspects include
--           offenders. A person's age and sex are those recorded at their first knife occurrence of the period
--           that records them (null ages and unknown sex are left out of the shares' denominators).
-- Parameters: none.
WITH knife AS (
    SELECT occ_row FROM in_scope WHERE {knife}
),
roles AS (
    SELECT p.person_key,
           CASE WHEN p.role = 'victim' THEN 'victims' ELSE 'suspects' END AS cohort,
           p.age, p.sex, p.committed_from
    FROM in_scope_person p
    JOIN knife k ON k.occ_row = p.occ_row
),
per_role AS (
    SELECT person_key, cohort,
           min(committed_from) AS first_at,
           arg_min(age, committed_from) FILTER (WHERE age IS NOT NULL) AS age,
           arg_min(sex, committed_from) FILTER (WHERE sex IN ('M', 'F', 'X')) AS sex
    FROM roles
    GROUP BY person_key, cohort
),
per_person AS (
    SELECT person_key, 'victim_and_suspect' AS cohort,
           arg_min(age, first_at) FILTER (WHERE age IS NOT NULL) AS age,
           arg_min(sex, first_at) FILTER (WHERE sex IS NOT NULL) AS sex
    FROM per_role
    GROUP BY person_key
    HAVING count(*) = 2
),
everyone AS (
    SELECT cohort, age, sex FROM per_role
    UNION ALL
    SELECT cohort, age, sex FROM per_person
)
SELECT cohort,
       count(*) AS people,
       count(age) AS known_age,
       count(*) FILTER (WHERE age <= 24) AS up_to_24,
       count(*) FILTER (WHERE age BETWEEN 25 AND 39) AS from_25_to_39,
       count(*) FILTER (WHERE age >= 40) AS from_40,
       count(sex) AS known_sex,
       count(*) FILTER (WHERE sex = 'M') AS male
FROM everyone
GROUP BY cohort
