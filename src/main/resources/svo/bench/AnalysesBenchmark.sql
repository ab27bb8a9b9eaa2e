-- Synthetic police records for timing the analyses: n occurrences over five financial years (April 2020 to
-- March 2025) with about 1.5 people each (a victim in 9 of 10, a suspect in 6 of 10, drawn from pools so that
-- people repeat and some are both), warning markers on some suspects, and n / 10 stop and searches.
-- Values come from hashes of the row number, so the same n always gives the same records.
-- Statements are separated by a blank line; each binds, in order: a batch id where it inserts into an _all
-- table, and n wherever the row count appears (AnalysesBenchmark.java supplies them).
CREATE OR REPLACE TEMP TABLE bench_offence AS
SELECT row_number() OVER () - 1 AS k, offence, offence_group FROM (VALUES
    ('murder', 'Homicide'), ('manslaughter', 'Homicide'),
    ('attempted_murder', 'Violence with injury'), ('gbh_with_intent', 'Violence with injury'), ('gbh_with_intent', 'Violence with injury'),
    ('gbh_without_intent', 'Violence with injury'), ('administer_poison', 'Violence with injury'),
    ('abh', 'Violence with injury'), ('abh', 'Violence with injury'), ('abh', 'Violence with injury'), ('abh', 'Violence with injury'),
    ('other_violence_with_injury', 'Violence with injury'),
    ('common_assault', 'Violence without injury'), ('common_assault', 'Violence without injury'), ('threats_to_kill', 'Violence without injury'),
    ('robbery_personal', 'Robbery'), ('robbery_personal', 'Robbery'), ('robbery_business', 'Robbery'),
    ('possession_bladed_article', 'Possession of weapons'), ('possession_offensive_weapon', 'Possession of weapons'),
    ('possession_firearm', 'Possession of weapons'), ('threaten_with_weapon', 'Possession of weapons'),
    ('rape', 'Sexual offences'), ('other_sexual', 'Sexual offences'), ('stalking', 'Stalking and harassment'),
    ('public_order', 'Public order'), ('criminal_damage', 'Criminal damage and arson'), ('arson', 'Criminal damage and arson'),
    ('drug_trafficking', 'Drugs'), ('theft_from_person', 'Theft')
) v(offence, offence_group);

INSERT INTO occurrence_all
SELECT ?, i, 'B' || i,
       CAST(t AS DATE), t, NULL, NULL, b.offence, b.offence_group,
       hash(i, 2) % 100 < 25, hash(i, 3) % 100 < 3, hash(i, 4) % 100 < 8, hash(i, 5) % 100 < 20,
       b.offence_group = 'Sexual offences',
       hash(i, 6) % 100 < 30, hash(i, 7) % 100 < 15, hash(i, 8) % 100 < 10, hash(i, 9) % 100 < 5, hash(i, 10) % 100 < 12,
       NULL, NULL, 430000 + hash(i, 11) % 40000, 330000 + hash(i, 12) % 60000,
       NULL, NULL, NULL,
       list_element(['E06000015', 'E06000015', 'E06000015', 'E07000032', 'E07000033', 'E07000034', 'E07000035', 'E07000036',
                     'E07000037', 'E07000038', 'E07000039', NULL], CAST(1 + hash(i, 13) % 12 AS INTEGER)),
       NULL,
       list_element(['street', 'dwelling', 'licensed_premises', 'open_space', 'retail', 'education'], CAST(1 + hash(i, 14) % 6 AS INTEGER)),
       list_element(['positive', 'other', 'other', 'other', 'open'], CAST(1 + hash(i, 15) % 5 AS INTEGER)),
       list_element(['Charged/summonsed', 'Investigation complete, no suspect identified',
                     'Police - Named suspect, victim supports but evidential difficulties', 'Victim declines/withdraws',
                     'Victim declines/unable to support action to identify offender', 'Under investigation'],
                    CAST(1 + hash(i, 16) % 6 AS INTEGER)),
       NULL
FROM (SELECT i, TIMESTAMP '2020-04-01 00:00:00' + to_seconds(CAST(hash(i, 1) % (1826 * 86400) AS BIGINT)) AS t
      FROM range(?) r(i)) o
JOIN bench_offence b ON b.k = hash(i, 17) % 30;

INSERT INTO person_all
SELECT ?, NULL, 'B' || i, CAST(hash(i, 20) % (? * 7 // 10) AS BIGINT), 'victim', CAST(1 + hash(i, 21) % 80 AS INTEGER),
       CASE WHEN hash(i, 22) % 10 < 7 THEN 'M' ELSE 'F' END,
       list_element(['white', 'white', 'white', 'asian', 'black', 'mixed', 'other', 'not_recorded'], CAST(1 + hash(i, 23) % 8 AS INTEGER)),
       NULL
FROM range(?) r(i) WHERE hash(i, 24) % 10 < 9
UNION ALL
SELECT ?, NULL, 'B' || i, CAST(hash(i, 30) % (? // 2) AS BIGINT), 'suspect', CAST(10 + hash(i, 31) % 60 AS INTEGER),
       CASE WHEN hash(i, 32) % 10 < 8 THEN 'M' ELSE 'F' END,
       list_element(['white', 'white', 'asian', 'black', 'mixed', 'other', 'not_recorded', 'not_recorded'], CAST(1 + hash(i, 33) % 8 AS INTEGER)),
       list_element(['stranger', 'acquaintance', 'friend', 'family', 'neighbour', 'other', 'unknown'], CAST(1 + hash(i, 34) % 7 AS INTEGER))
FROM range(?) r(i) WHERE hash(i, 35) % 10 < 6;

INSERT INTO warning_marker_all
SELECT ?, NULL, CAST(k AS BIGINT), list_element(['weapons', 'violence', 'drugs', 'mental_health', 'firearms'], CAST(1 + hash(k, 40) % 5 AS INTEGER)), NULL
FROM range(? // 2) r(k) WHERE hash(k, 41) % 100 < 8;

INSERT INTO stop_search_all (batch_id, line, search_id, origin, searched_at, district_code, age_band, object_of_search, object_found)
SELECT ?, NULL, 'S' || i, 'canonical', TIMESTAMP '2020-04-01 00:00:00' + to_seconds(CAST(hash(i, 50) % (1826 * 86400) AS BIGINT)),
       list_element(['E06000015', 'E07000032', 'E07000034', 'E07000036', NULL], CAST(1 + hash(i, 51) % 5 AS INTEGER)),
       list_element(['10-17', '18-24', '25-34', 'over 34', 'under 10'], CAST(1 + hash(i, 52) % 5 AS INTEGER)),
       CASE WHEN hash(i, 53) % 100 < 6 THEN 'Offensive weapons' ELSE 'Controlled drugs' END,
       hash(i, 54) % 100 < 30
FROM range(? // 10) r(i);
