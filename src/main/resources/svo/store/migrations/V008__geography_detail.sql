-- Geography detail (svo.geo, docs/geography.md): IMD 2019 domain ranks and deciles, and population rows
-- placed in a district and on the loaded boundaries, so rates per 1,000 work by district and by LSOA even
-- though the Census 2021 population uses LSOA 2021 codes and the boundaries, IMD and police.uk use 2011.

-- IoD2019 File 2: rank (1 = most deprived of 32,844 LSOAs) and decile (1 = most deprived 10%) per domain.
ALTER TABLE imd ADD COLUMN income_rank INTEGER;
ALTER TABLE imd ADD COLUMN income_decile INTEGER;
ALTER TABLE imd ADD COLUMN employment_rank INTEGER;
ALTER TABLE imd ADD COLUMN employment_decile INTEGER;
ALTER TABLE imd ADD COLUMN education_rank INTEGER;
ALTER TABLE imd ADD COLUMN education_decile INTEGER;
ALTER TABLE imd ADD COLUMN health_rank INTEGER;
ALTER TABLE imd ADD COLUMN health_decile INTEGER;
ALTER TABLE imd ADD COLUMN crime_rank INTEGER;
ALTER TABLE imd ADD COLUMN crime_decile INTEGER;
ALTER TABLE imd ADD COLUMN housing_rank INTEGER;              -- Barriers to Housing and Services
ALTER TABLE imd ADD COLUMN housing_decile INTEGER;
ALTER TABLE imd ADD COLUMN living_environment_rank INTEGER;
ALTER TABLE imd ADD COLUMN living_environment_decile INTEGER;

ALTER TABLE population ADD COLUMN area_name VARCHAR;          -- as the file gave it (LSOA names carry the district)
ALTER TABLE population ADD COLUMN level VARCHAR;              -- district, ward, lsoa, ... of area_code
ALTER TABLE population ADD COLUMN district_code VARCHAR;      -- the district the area lies in (itself for a district)
-- The loaded area (table area) this row counts towards: area_code itself when that boundary is loaded, or,
-- for an LSOA 2021 split from a 2011 LSOA, the 2011 LSOA it was split from. NULL when neither is known.
ALTER TABLE population ADD COLUMN boundary_code VARCHAR;

-- Population per district: the district's own rows where a file gave them, else the sum of its LSOAs.
CREATE VIEW district_population AS
WITH given AS (
    SELECT p.area_code AS district_code, p.year, p.age_band, p.sex, p.count
    FROM population p
    WHERE p.level = 'district'
), summed AS (
    SELECT p.district_code, p.year, p.age_band, p.sex, CAST(sum(p.count) AS BIGINT) AS count
    FROM population p
    WHERE p.level = 'lsoa' AND p.district_code IS NOT NULL
    GROUP BY p.district_code, p.year, p.age_band, p.sex
)
SELECT g.district_code, g.year, g.age_band, g.sex, g.count, 'given' AS basis FROM given g
UNION ALL
SELECT s.district_code, s.year, s.age_band, s.sex, s.count, 'sum of LSOAs' AS basis FROM summed s
WHERE NOT EXISTS (SELECT 1 FROM given g WHERE g.district_code = s.district_code AND g.year = s.year
                  AND g.age_band = s.age_band AND g.sex = s.sex);

-- Population on the loaded boundaries (any level): rows summed by the area they count towards.
CREATE VIEW area_population AS
SELECT p.boundary_code AS area_code, p.year, p.age_band, p.sex, CAST(sum(p.count) AS BIGINT) AS count,
       count(*) AS source_areas
FROM population p
WHERE p.boundary_code IS NOT NULL
GROUP BY p.boundary_code, p.year, p.age_band, p.sex;
