-- The shipped hospital list (Derby and Derbyshire, the worked example): the same rows as
-- src/main/resources/svo/ingest/partners/hospitals.csv (HospitalsTest keeps them in step). in_area: the hospital
-- site lies inside the partnership area (Derby City or a Derbyshire district). Queen's Hospital Burton belongs to
-- the Derby trust but stands in East Staffordshire, so it is out of the area. An imported list overrides by code.
INSERT INTO hospital_default (code, name, trust, area, in_area, aliases) VALUES
    ('RDH', 'Royal Derby Hospital', 'University Hospitals of Derby and Burton NHS Foundation Trust', 'Derby', true, 'Royal Derby;Royal Derby Hospital ED'),
    ('CRH', 'Chesterfield Royal Hospital', 'Chesterfield Royal Hospital NHS Foundation Trust', 'Chesterfield', true, 'Chesterfield Royal;Chesterfield Royal Hospital ED'),
    ('DERBYSHIRE-OTHER', 'Other Derbyshire Hospital', NULL, 'Derbyshire', true, 'Other Derbyshire;Other hospital in Derbyshire'),
    ('QMC', 'Queens Medical Centre Campus Hospital', 'Nottingham University Hospitals NHS Trust', 'Nottingham', false, 'Queen''s Medical Centre;Queens Medical Centre;QMC Nottingham'),
    ('KMH', 'Kings Mill Hospital', 'Sherwood Forest Hospitals NHS Foundation Trust', 'Ashfield (Nottinghamshire)', false, 'King''s Mill Hospital;Kings Mill'),
    ('QHB', 'Burton Queens Hospital', 'University Hospitals of Derby and Burton NHS Foundation Trust', 'East Staffordshire', false, 'Queen''s Hospital Burton;Queens Hospital Burton;Burton Queens'),
    ('SHH', 'Stepping Hill Hospital', 'Stockport NHS Foundation Trust', 'Stockport', false, 'Stepping Hill'),
    ('NGH', 'Sheffield Northern General Hospital', 'Sheffield Teaching Hospitals NHS Foundation Trust', 'Sheffield', false, 'Northern General Hospital;Northern General'),
    ('MDGH', 'Macclesfield District General Hospital', 'East Cheshire NHS Trust', 'Cheshire East', false, 'Macclesfield Hospital'),
    ('OUT-OTHER', 'Other Hospital out of area', NULL, 'outside the partnership area', false, 'Other hospital outside the area;Other out of area');
