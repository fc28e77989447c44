/**
 * The baseline's hand-written SQL: each statement answers what one dashboard request asks the
 * API, from the same tables, under the same rules (published releases only; a superseded figure
 * replaced by its correction; the newest source's figure first, others that agree cited with it
 * and others that differ listed as disagreements), with the JSON built by PostgreSQL itself.
 */

const ENGLAND = "E92000001";

/** A figure as the dashboard prints it: the symbol, else the value with the indicator's decimals. */
const formatted = (value: string, symbol: string) => `CASE
  WHEN ${symbol} IS NOT NULL THEN ${symbol}
  WHEN i.decimals = 0 THEN to_char(${value}, 'FM999,999,999,990')
  ELSE to_char(${value}, 'FM999,999,999,990.' || repeat('0', i.decimals)) END
  || CASE WHEN ${symbol} IS NULL AND i.unit = 'percent' THEN '%' ELSE '' END`;

/**
 * Series of the indicators `$1` (null: every one) for the areas `$2` (null: every area), totals
 * only when `$3`: one row per indicator with its series as JSON, each point with its period,
 * figure, change on the point before, sources, disagreements and revisions.
 */
export const SERIES = `
WITH ind AS (
  SELECT code, name, definition, kind::text AS kind, unit, decimals FROM "Indicator"
  WHERE $1::text[] IS NULL OR code = ANY($1)
),
stated AS (
  SELECT o.id, o."indicatorCode" AS ind, o."areaCode" AS area, o."breakdownItemId" AS item, o."periodKey" AS pk,
         o.value, o.symbol::text AS symbol, o.citation, s.title,
         row_number() OVER same_point AS rn,
         first_value(o.value) OVER same_point AS primary_value,
         first_value(o.symbol::text) OVER same_point AS primary_symbol
  FROM "Observation" o
  JOIN "Release" r ON r.id = o."releaseId" AND r.status = 'published'
  JOIN "Source" s ON s.id = o."sourceId"
  WHERE o."indicatorCode" IN (SELECT code FROM ind)
    AND ($2::text[] IS NULL OR o."areaCode" = ANY($2))
    AND (NOT $3::boolean OR o."breakdownItemId" IS NULL)
    AND NOT EXISTS (SELECT 1 FROM "Revision" v JOIN "Release" vr ON vr.id = v."releaseId" AND vr.status = 'published'
                    WHERE v."supersededId" = o.id)
  WINDOW same_point AS (PARTITION BY o."indicatorCode", o."areaCode", o."breakdownItemId", o."periodKey"
                        ORDER BY s."publishedOn" DESC NULLS LAST, o.id)
),
points AS (
  SELECT ind, area, item, pk,
    min(id) FILTER (WHERE rn = 1) AS id,
    min(value) FILTER (WHERE rn = 1) AS value,
    min(symbol) FILTER (WHERE rn = 1) AS symbol,
    json_agg(json_build_object('title', title, 'citation', citation) ORDER BY rn)
      FILTER (WHERE value IS NOT DISTINCT FROM primary_value AND symbol IS NOT DISTINCT FROM primary_symbol) AS sources,
    json_agg(json_build_object('value', value, 'symbol', symbol, 'source', json_build_object('title', title, 'citation', citation)) ORDER BY rn)
      FILTER (WHERE value IS DISTINCT FROM primary_value OR symbol IS DISTINCT FROM primary_symbol) AS disagreements
  FROM stated GROUP BY ind, area, item, pk
),
drawn AS (
  SELECT p.ind, p.area, b.code AS item, b.name AS item_name, b."sortOrder" AS sort_order, per.start,
    json_build_object(
      'period', json_build_object('key', per.key, 'kind', per.kind, 'label', per.label, 'start', per.start, 'end', per."end"),
      'value', p.value::float8, 'symbol', p.symbol, 'formatted', ${formatted("p.value", "p.symbol")},
      'change', CASE WHEN lag(p.value) OVER series IS NULL OR p.value IS NULL THEN NULL ELSE json_build_object(
        'absolute', (p.value - lag(p.value) OVER series)::float8,
        'percent', CASE WHEN lag(p.value) OVER series = 0 THEN NULL
                        ELSE ((p.value - lag(p.value) OVER series) * 100 / lag(p.value) OVER series)::float8 END) END,
      'sources', p.sources,
      'disagreements', coalesce((SELECT json_agg(json_build_object('formatted', ${formatted("(d->>'value')::numeric", "d->>'symbol'")}, 'source', d->'source'))
                                 FROM json_array_elements(p.disagreements) d), '[]'),
      'revisions', coalesce((SELECT json_agg(json_build_object('formatted', ${formatted("old.value", "old.symbol::text")}) ORDER BY v.id)
                             FROM "Revision" v JOIN "Release" vr ON vr.id = v."releaseId" AND vr.status = 'published'
                             JOIN "Observation" old ON old.id = v."supersededId" WHERE v."replacementId" = p.id), '[]')
    ) AS point
  FROM points p JOIN ind i ON i.code = p.ind JOIN "Period" per ON per.key = p.pk
  LEFT JOIN "BreakdownItem" b ON b.id = p.item
  WINDOW series AS (PARTITION BY p.ind, p.area, p.item ORDER BY per.start, per."end")
),
series AS (
  SELECT ind, json_agg(json_build_object('area', json_build_object('code', s.area, 'name', a.name),
           'breakdown', CASE WHEN s.item IS NULL THEN NULL ELSE json_build_object('item', s.item, 'itemName', s.item_name) END,
           'points', s.points, 'incompletePeriods', '[]'::json) ORDER BY s.area, s.sort_order NULLS FIRST) AS series
  FROM (SELECT ind, area, item, item_name, sort_order, json_agg(point ORDER BY start) AS points
        FROM drawn GROUP BY ind, area, item, item_name, sort_order) s
  JOIN "Area" a ON a.code = s.area
  GROUP BY ind
)
SELECT i.code, i.name, i.definition, i.kind, i.unit, i.decimals, coalesce(s.series, '[]') AS series
FROM ind i LEFT JOIN series s ON s.ind = i.code ORDER BY i.code`;

/** The topics' indicators and every area, for the pages' filter forms. */
export const CHOICES = `
SELECT
  (SELECT json_agg(json_build_object('code', topic, 'name', topic, 'indicators', indicators) ORDER BY topic)
   FROM (SELECT topic, json_agg(json_build_object('code', code, 'name', name) ORDER BY name) AS indicators
         FROM "Indicator" GROUP BY topic) t) AS topics,
  (SELECT json_agg(json_build_object('code', code, 'name', name, 'level', level) ORDER BY name) FROM "Area") AS areas`;

/** A council, its region and its statistical neighbours. */
export const COMPARABLE_AREAS = `
SELECT a.code, a.name,
  (SELECT json_build_object('code', p.code, 'name', p.name) FROM "Area" p WHERE p.code = a."parentCode") AS parent,
  coalesce((SELECT json_agg(json_build_object('position', n.position, 'area', json_build_object('code', na.code, 'name', na.name)) ORDER BY n.position)
            FROM "StatisticalNeighbour" n JOIN "Area" na ON na.code = n."neighbourCode"
            WHERE n.model = 'SN_2025' AND n."areaCode" = a.code), '[]') AS "statisticalNeighbours"
FROM "Area" a WHERE a.code = $1`;

/** Current, published, official figures for the indicator `$1`, totals only: the rule comparisons use. */
const CURRENT = `
  SELECT o."areaCode" AS area, o.value::float8 AS value, o.symbol::text AS symbol, o."periodKey" AS period, p."end"
  FROM "Observation" o
  JOIN "Release" r ON r.id = o."releaseId" AND r.status = 'published'
  JOIN "Source" s ON s.id = o."sourceId" AND s.kind = 'official_statistics'
  JOIN "Period" p ON p.key = o."periodKey"
  WHERE o."indicatorCode" = $1 AND o."breakdownItemId" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "Revision" v JOIN "Release" vr ON vr.id = v."releaseId" AND vr.status = 'published'
                    WHERE v."supersededId" = o.id)`;

/** The council `$2`'s latest figure for `$1` beside England, its region, its neighbours and every council. */
export const BENCHMARK = `
WITH cur AS (${CURRENT}),
latest AS (SELECT period FROM cur WHERE area = $2 ORDER BY "end" DESC LIMIT 1),
figs AS (SELECT cur.* FROM cur JOIN latest USING (period)),
councils AS (SELECT f.area, f.value FROM figs f JOIN "Area" a ON a.code = f.area
             WHERE a.level = 'local_authority' AND f.value IS NOT NULL)
SELECT (SELECT period FROM latest) AS period,
  (SELECT value FROM figs WHERE area = $2) AS value,
  (SELECT symbol FROM figs WHERE area = $2) AS symbol,
  (SELECT value FROM figs WHERE area = '${ENGLAND}') AS england,
  (SELECT value FROM figs WHERE area = (SELECT "parentCode" FROM "Area" WHERE code = $2)) AS region,
  (SELECT count(*)::int FROM councils) AS out_of,
  (SELECT count(*)::int + 1 FROM councils WHERE value < (SELECT value FROM figs WHERE area = $2)) AS rank,
  (SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY value) FROM councils) AS quartiles,
  (SELECT json_agg(json_build_object('position', n.position, 'closeness', n.closeness, 'value', f.value,
     'symbol', f.symbol, 'area', json_build_object('code', a.code, 'name', a.name)) ORDER BY n.position)
   FROM "StatisticalNeighbour" n JOIN "Area" a ON a.code = n."neighbourCode"
   LEFT JOIN figs f ON f.area = n."neighbourCode"
   WHERE n.model = 'SN_2025' AND n."areaCode" = $2) AS neighbours,
  (SELECT json_agg(json_build_object('key', s.key, 'title', s.title)) FROM "Source" s
   WHERE s.kind = 'official_statistics' AND s.id IN (
     SELECT o."sourceId" FROM "Observation" o WHERE o."indicatorCode" = $1 AND o."areaCode" = $2
       AND o."periodKey" = (SELECT period FROM latest))) AS sources`;

/** Every council's latest figure for `$1`, ranked, with its quartile and England's. */
export const RANKING = `
WITH cur AS (${CURRENT}),
latest AS (SELECT period FROM cur JOIN "Area" a ON a.code = cur.area AND a.level = 'local_authority'
           ORDER BY "end" DESC LIMIT 1),
figs AS (SELECT cur.* FROM cur JOIN latest USING (period)),
councils AS (SELECT f.area, f.value, f.symbol, a.name FROM figs f JOIN "Area" a ON a.code = f.area
             WHERE a.level = 'local_authority'),
q AS (SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY value) AS q FROM councils WHERE value IS NOT NULL)
SELECT c.area, c.name, c.value, c.symbol,
  CASE WHEN c.value IS NULL THEN NULL ELSE rank() OVER (ORDER BY c.value ASC NULLS LAST) END AS rank,
  CASE WHEN c.value IS NULL THEN NULL WHEN c.value <= q.q[1] THEN 'A' WHEN c.value <= q.q[2] THEN 'B'
       WHEN c.value <= q.q[3] THEN 'C' ELSE 'D' END AS quartile,
  (SELECT period FROM latest) AS period,
  (SELECT value FROM figs WHERE area = '${ENGLAND}') AS england
FROM councils c, q ORDER BY rank NULLS LAST, c.area`;

/**
 * The council `$2`'s figures for `$1` period by period beside England's, its region's and the
 * mean of its neighbours', as a panel's comparison lines draw them.
 */
export const BENCHMARK_SERIES = `
WITH cur AS (${CURRENT}),
neighbours AS (SELECT "neighbourCode" AS area FROM "StatisticalNeighbour" WHERE model = 'SN_2025' AND "areaCode" = $2)
SELECT json_build_object('key', p.key, 'kind', p.kind, 'label', p.label, 'start', p.start) AS period,
  own.value, e.value AS england, r.value AS region,
  (SELECT avg(n.value) FROM cur n WHERE n.period = own.period AND n.area IN (SELECT area FROM neighbours)) AS "neighbourMean"
FROM cur own
JOIN "Period" p ON p.key = own.period
LEFT JOIN cur e ON e.period = own.period AND e.area = '${ENGLAND}'
LEFT JOIN cur r ON r.period = own.period AND r.area = (SELECT "parentCode" FROM "Area" WHERE code = $2)
WHERE own.area = $2 ORDER BY p.start`;

/** Dated notes for the area `$1` and for every area. */
export const ANNOTATIONS = `
SELECT a.key, a."startsOn", a.title, CASE WHEN a."indicatorCode" IS NULL THEN NULL ELSE json_build_object('code', a."indicatorCode") END AS indicator
FROM "Annotation" a WHERE a."areaCode" IS NULL OR a."areaCode" = $1 ORDER BY a."startsOn"`;

/** The register of sources with how many figures each holds. */
export const SOURCES = `
SELECT s.key, s.title, s.body, s.meeting, s."publishedOn", s.document,
  (SELECT count(*)::int FROM "Observation" o JOIN "Release" r ON r.id = o."releaseId" AND r.status = 'published'
   WHERE o."sourceId" = s.id) AS "figureCount"
FROM "Source" s ORDER BY s."publishedOn" DESC NULLS LAST, s.key LIMIT 200`;
