// How many agreements fall in each year of their main date (signing, announcement...).
MATCH (a:Agreement)
WITH coalesce(substring(a.dateStart, 0, 4), 'UNDATED') AS year, count(a) AS agreements
ORDER BY year
RETURN year AS key, year AS name, agreements
LIMIT toInteger($limit)
