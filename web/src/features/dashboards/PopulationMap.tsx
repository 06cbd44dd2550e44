import { NativeSelect, Text, Title } from '@mantine/core'
import { useMemo, useRef, useState } from 'react'
import type { AnalyticsChart, AnalyticsMapLayer } from '../../api/types'
import { ChartActions, type ChartExport } from '../../components/Chart'
import { ChartCanvas, registerGeoJson, type ChartCanvasHandle } from '../../components/ChartCanvas'
import type { ChartOption } from '../../components/ChartCanvas'
import {
  categoryLabel,
  dimensionOf,
  formatMeasure,
  type ChartI18n,
} from '../../components/ChartData'
import { baseOption } from '../../components/ChartOption'
import { ChartTable } from '../../components/ChartTable'
import { describeError } from '../../components/errors'
import { Loading } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { dashboardsMessages } from './messages'
import type { Structure } from './filters'
import { useMapLayer } from './mapLayers'

const PROVINCE_MAP = 'cds-province'
const DISTRICTS_MAP = 'cds-former-districts'
/** Light to dark: the class reads from its lightness, and the legend names its range. */
const SHADES = ['#deebf7', '#a6c8e4', '#5a9bd0', '#1f5f99', '#0b2f5a']
const MEASURES = ['population', 'density'] as const
/** The classes' legend under the map. */
const LEGEND_HEIGHT = SHADES.length * 20 + 16
type Measure = (typeof MEASURES)[number]

type Position = [number, number]

/** [[west, north], [east, south]] of a layer, and the cosine of its middle latitude. */
function extentOf(layer: AnalyticsMapLayer): { bounds: [Position, Position]; aspect: number } {
  let [west, south, east, north] = [180, 90, -180, -90]
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      west = Math.min(west, value[0])
      east = Math.max(east, value[0])
      south = Math.min(south, value[1])
      north = Math.max(north, value[1])
      return
    }
    value.forEach(visit)
  }
  for (const feature of layer.features)
    visit((feature.geometry as { coordinates?: unknown } | null)?.coordinates)
  return {
    bounds: [
      [west, north],
      [east, south],
    ],
    aspect: Math.cos((((north + south) / 2) * Math.PI) / 180),
  }
}

/** Up to five classes of about as many districts each, bounds rounded to two figures. */
function classesOf(values: number[], { number }: ChartI18n) {
  const sorted = [...values].sort((a, b) => a - b)
  const first = sorted[0]
  const last = sorted.at(-1)
  if (first === undefined || last === undefined) return []
  const cuts = SHADES.slice(1).map((_, i) =>
    Number(sorted[Math.floor(((i + 1) * sorted.length) / SHADES.length)]!.toPrecision(2)),
  )
  const bounds = [...new Set([first, ...cuts.filter((c) => c > first && c < last), last])]
  if (bounds.length === 1)
    return [{ gte: first, lte: last, color: SHADES[2]!, label: number(first) }]
  return bounds.slice(0, -1).map((low, i) => {
    const high = bounds[i + 1]!
    const isLast = i === bounds.length - 2
    return {
      gte: low,
      ...(isLast ? { lte: high } : { lt: high }),
      color: SHADES[Math.round((i * (SHADES.length - 1)) / Math.max(1, bounds.length - 2))]!,
      label: `${number(low)} – ${number(high)}`,
    }
  })
}

function mapOption(
  province: AnalyticsMapLayer,
  districts: AnalyticsMapLayer | undefined,
  byUnit: AnalyticsChart,
  measure: Measure,
  i18n: ChartI18n,
): ChartOption {
  registerGeoJson(PROVINCE_MAP, province)
  const { bounds, aspect } = extentOf(province)
  const layout = {
    type: 'map' as const,
    roam: false,
    boundingCoords: bounds,
    aspectScale: aspect,
    // The same box and bounds for both layers, so the outline lies exactly on the districts;
    // the height is given and the width follows from the province's shape.
    left: 'center',
    top: 8,
    bottom: districts ? LEGEND_HEIGHT : 8,
    label: { show: false },
    select: { disabled: true },
  }
  const outline = {
    ...layout,
    map: PROVINCE_MAP,
    silent: true,
    z: 3,
    itemStyle: {
      areaColor: districts ? 'rgba(0,0,0,0)' : '#dfe9f3',
      borderColor: '#1a1a1a',
      borderWidth: 2,
    },
  }
  // The classes are shades named in the legend: patterns over them would hide the shade.
  const plain: ChartOption = { ...baseOption(), aria: { enabled: false } }
  if (!districts) return { ...plain, series: [outline] }
  registerGeoJson(DISTRICTS_MAP, districts)
  const column = byUnit.columns.find((c) => c.key === measure)
  const dimension = dimensionOf(byUnit)
  const name = (code: string) =>
    dimension ? categoryLabel(byUnit, dimension, code, i18n.language) : code
  const values = byUnit.rows.flatMap((r) => (typeof r[measure] === 'number' ? [r[measure]] : []))
  return {
    ...plain,
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      confine: true,
      formatter: (params: unknown) => {
        const { name: code, value } = params as { name: string; value: unknown }
        return `${name(code)}: ${formatMeasure(i18n, typeof value === 'number' && !Number.isNaN(value) ? value : null, column?.unit)}`
      },
    },
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      left: 0,
      bottom: 0,
      itemGap: 4,
      textStyle: { fontSize: 12 },
      pieces: classesOf(values, i18n),
    },
    series: [
      {
        ...layout,
        map: DISTRICTS_MAP,
        nameProperty: 'district_code',
        itemStyle: { areaColor: '#eeeeee', borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffbf47' } },
        data: byUnit.rows.map((r) => {
          const value = r[measure]
          return { name: String(r.unit), value: typeof value === 'number' ? value : Number.NaN }
        }),
      },
      outline,
    ],
  }
}

/**
 * The province on a map: its outline and, in the 2024 structure, its former districts coloured
 * by population or density in named classes, with the figures in a table. The current communes
 * have no boundaries: in the 2025 structure they are in the table below the map.
 */
export function PopulationMap({
  byUnit,
  structure,
  exports,
}: {
  byUnit: AnalyticsChart
  structure: Structure
  exports: ChartExport
}) {
  const i18n = useI18n(dashboardsMessages)
  const { t } = i18n
  const [measure, setMeasure] = useState<Measure>('population')
  const canvas = useRef<ChartCanvasHandle>(null)
  const province = useMapLayer('province')
  const districts = useMapLayer(structure === '2024' ? 'former-districts' : null)
  const byDistrict = structure === '2024'
  const provinceLayer = province.status === 'ok' ? province.layer : undefined
  const districtLayer = byDistrict && districts.status === 'ok' ? districts.layer : undefined
  const option = useMemo(
    () =>
      provinceLayer && (!byDistrict || districtLayer)
        ? mapOption(provinceLayer, districtLayer, byUnit, measure, i18n)
        : undefined,
    [provinceLayer, districtLayer, byDistrict, byUnit, measure, i18n],
  )
  const failed =
    province.status === 'error'
      ? province.error
      : byDistrict && districts.status === 'error'
        ? districts.error
        : null
  const measureName = t(measure === 'population' ? 'map.population' : 'map.density')
  const title = t('map.title')
  const column = byUnit.columns.find((c) => c.key === measure)
  const dimension = dimensionOf(byUnit)
  return (
    <section className="chart-block chart-map" aria-labelledby="chart-map">
      <Title order={2} id="chart-map">
        {title}
      </Title>
      {byDistrict ? (
        <NativeSelect
          id="map-measure"
          className="no-print"
          label={t('map.colourBy')}
          maw="24rem"
          my="sm"
          value={measure}
          data={MEASURES.map((m) => ({
            value: m,
            label: t(m === 'population' ? 'map.population' : 'map.density'),
          }))}
          onChange={(e) => {
            setMeasure(e.currentTarget.value === 'density' ? 'density' : 'population')
          }}
        />
      ) : (
        <Text className="chart-note">{t('map.communesInTable')}</Text>
      )}
      {failed ? <p className="empty">{describeError(i18n, failed)}</p> : null}
      {!failed && !option ? <Loading /> : null}
      {option ? (
        <ChartCanvas
          ref={canvas}
          option={option}
          height={byDistrict ? 480 : 360}
          label={
            byDistrict ? t('map.labelDistricts', { measure: measureName }) : t('map.labelProvince')
          }
        />
      ) : null}
      {byDistrict && column && dimension ? (
        <details className="chart-data">
          <summary>
            {t('chart.showTable')}
            <span className="visually-hidden">: {title}</span>
          </summary>
          <ChartTable chart={{ ...byUnit, columns: [dimension, column] }} caption={title} />
        </details>
      ) : null}
      {option ? <ChartActions title={title} exports={exports} canvas={canvas} /> : null}
    </section>
  )
}
