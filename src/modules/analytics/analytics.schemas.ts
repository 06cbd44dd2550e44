import { Type, type Static, type TSchema } from '@sinclair/typebox'

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const LabelSchema = Type.Object(
  { vi: Type.String(), en: Type.String() },
  { description: 'the same text in Vietnamese and English' },
)

const UnitCode = Type.String({
  pattern: '^[0-9]{2,5}$',
  description:
    'a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits)',
})
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' })
const Structure = Type.Union([Type.Literal('2024'), Type.Literal('2025')], {
  description:
    '2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of)',
})

export const SnapshotQuery = Type.Object(
  {
    unit: Type.Optional(UnitCode),
    asOf: Type.Optional(Day),
    structure: Type.Optional(Structure),
  },
  { additionalProperties: false },
)
export type SnapshotQuery = Static<typeof SnapshotQuery>

export const PeriodQuery = Type.Object(
  {
    unit: Type.Optional(UnitCode),
    from: Type.Optional(
      Type.String({ format: 'date', description: 'first day (default: 29 days before to)' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date', description: 'last day (default: today in Vietnam)' }),
    ),
    granularity: Type.Optional(
      Type.Union([Type.Literal('day'), Type.Literal('week'), Type.Literal('month')], {
        description: 'periods of the time series (weeks start on Monday); default day',
      }),
    ),
    structure: Type.Optional(Structure),
  },
  { additionalProperties: false },
)
export type PeriodQuery = Static<typeof PeriodQuery>

const ExportOptions = {
  chart: Type.Optional(
    Type.String({
      pattern: '^[a-z0-9-]{1,40}$',
      description: 'one chart by id; all charts when absent (XLSX only)',
    }),
  ),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
  lang: Type.Optional(
    Type.Union([Type.Literal('vi'), Type.Literal('en')], {
      description: 'language of the headers; default vi',
    }),
  ),
}
export const SnapshotExportQuery = Type.Object(
  { ...SnapshotQuery.properties, ...ExportOptions },
  { additionalProperties: false },
)
export const PeriodExportQuery = Type.Object(
  { ...PeriodQuery.properties, ...ExportOptions },
  { additionalProperties: false },
)
export type ExportQuery = { chart?: string; format: 'csv' | 'xlsx'; lang?: 'vi' | 'en' }

const Cell = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])

export const ChartSchema = Type.Object({
  id: Type.String({ description: 'stable id, also the export route’s chart parameter' }),
  title: LabelSchema,
  kind: Type.Union(
    [
      Type.Literal('kpi'),
      Type.Literal('bar'),
      Type.Literal('stacked-bar'),
      Type.Literal('line'),
      Type.Literal('pie'),
      Type.Literal('pyramid'),
      Type.Literal('table'),
    ],
    { description: 'how the chart is meant to be drawn' },
  ),
  columns: Type.Array(
    Type.Object({
      key: Type.String(),
      label: LabelSchema,
      role: Type.Union([Type.Literal('dimension'), Type.Literal('measure')]),
      names: Type.Optional(
        Type.Literal(true, {
          description:
            "the dimension's values are names (of sites): shown as written, never translated",
        }),
      ),
      unit: Type.Optional(
        Type.String({
          description:
            'people, households, percent, ratio, per_km2, km2, guests, nights, declarations, alerts, events, capacity',
        }),
      ),
    }),
  ),
  rows: Type.Array(Type.Record(Type.String(), Cell), {
    description:
      'one object per category, keyed by column key; a null measure means "not computable"',
  }),
  labels: Type.Record(Type.String(), Type.Record(Type.String(), LabelSchema), {
    description: 'labels[dimensionKey][code] for dimensions whose values are codes',
  }),
  note: Nullable(LabelSchema),
})

const UnitRefSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Union([Type.Literal('province'), Type.Literal('district'), Type.Literal('commune')]),
})

export const DashboardSchema = Type.Object({
  dashboard: Type.String(),
  title: LabelSchema,
  filters: Type.Object({
    unit: Nullable(UnitRefSchema),
    communes: Nullable(
      Type.Array(Type.String(), { description: 'the communes covered; null = the whole province' }),
    ),
    structure: Structure,
    asOf: Type.Optional(Day),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    granularity: Type.Optional(Type.String()),
  }),
  copy: Type.Object({
    builtAt: Type.String({ description: 'when the copy was built from the database' }),
    lastEventAt: Nullable(Type.String({ description: 'when the last outbox event was applied' })),
  }),
  charts: Type.Array(ChartSchema),
})

export const StatusSchema = Type.Object({
  ready: Type.Boolean(),
  building: Type.Boolean(),
  builtAt: Nullable(Type.String()),
  residents: Nullable(Type.Integer()),
  eventsApplied: Type.Integer(),
  lastEventAt: Nullable(Type.String()),
  dashboards: Type.Array(
    Type.Object({
      id: Type.String(),
      title: LabelSchema,
      filters: Type.Union([Type.Literal('snapshot'), Type.Literal('period')]),
      charts: Type.Array(Type.Object({ id: Type.String(), title: LabelSchema })),
    }),
  ),
})

export const LayerParams = Type.Object({
  layer: Type.Union([Type.Literal('province'), Type.Literal('former-districts')]),
})

export const GeoJsonSchema = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(
      Type.Object({
        type: Type.Literal('Feature'),
        properties: Type.Record(Type.String(), Cell),
        geometry: Type.Unknown(),
      }),
    ),
  },
  {
    description:
      'GeoJSON (WGS84); former districts carry district_code, district_name, area_km2_computed',
  },
)

export const Binary = (description: string) =>
  Type.Unsafe<Buffer | string>({ type: 'string', format: 'binary', description })
