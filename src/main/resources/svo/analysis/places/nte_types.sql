-- The SNA's NTE offence types (SNA 2025 §9) from the offence code. Robbery of business property and threats to
-- damage property are in the NTE definition's list but have no row of their own in the SNA's table: as the
-- nte-offences definition records, they are taken to be its "All Other Offences" row.
CASE
    WHEN r.offence IN ('murder', 'manslaughter') THEN 'Homicide'
    WHEN r.offence IN ('attempted_murder', 'gbh_with_intent', 'gbh_without_intent', 'administer_poison', 'abh',
                       'other_violence_with_injury') THEN 'Violence with injury'
    WHEN r.offence IN ('common_assault', 'threats_to_kill', 'other_violence_without_injury') THEN 'Violence without injury'
    WHEN r.offence IN ('stalking', 'harassment') THEN 'Stalking and harassment'
    WHEN r.offence = 'rape' THEN 'Rape'
    WHEN r.offence = 'other_sexual' THEN 'Other sexual offences'
    WHEN r.offence = 'robbery_personal' THEN 'Robbery of personal property'
    WHEN r.offence = 'theft_from_person' THEN 'Theft from the person'
    WHEN r.offence IN ('arson', 'criminal_damage') THEN 'Arson and criminal damage'
    WHEN r.offence = 'drug_trafficking' THEN 'Drug trafficking'
    WHEN r.offence = 'drug_possession' THEN 'Drug possession'
    WHEN r.offence = 'public_order' THEN 'Public disorder'
    WHEN r.offence IN ('possession_bladed_article', 'possession_offensive_weapon', 'possession_firearm',
                       'threaten_with_weapon') THEN 'Possession of weapons offences'
    ELSE 'All other offences'
END
