import type { AnalyticsChart, AnalyticsColumn } from '../api/types'
import type { ChartOption } from './ChartCanvas'
import {
  categoryLabel,
  dimensionOf,
  formatMeasure,
  plottedMeasures,
  type ChartI18n,
} from './ChartData'

/**
 * ECharts options for the API's generic chart: its rows as the dataset, its dimension as the
 * categories, its measures as series. Colour is never the only cue: bars and slices carry
 * patterns (ECharts' aria decals), lines carry their own marker and dash, and every figure is
 * in the table beside the picture.
 */

/** Distinct at a glance and at least 3:1 against white (WCAG 1.4.11). */
const PALETTE = [
  '#0b4f8a',
  '#b35900',
  '#1d6b34',
  '#9f1c1c',
  '#6a3d9a',
  '#00707a',
  '#7a6400',
  '#4a4a4a',
]
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin']
const DASHES = ['solid', 'dashed', 'dotted'] as const
/** A phone's chart box, until the real one is measured. */
const DEFAULT_WIDTH = 300
export const CHART_FONT = "'Be Vietnam Pro', system-ui, sans-serif"
const ROW_HEIGHT = 26
const LEGEND_LINE = 24
/** Roughly what one character of the legend's 12-px text takes, and a symbol with its gap. */
const LEGEND_CHAR = 6.6
const LEGEND_ITEM = 40

export interface ChartView {
  option: ChartOption
  /** Pixels: horizontal bars grow with their categories. */
  height: number
}

export interface ChartViewOptions {
  /** The measures to draw (see plottedMeasures). */
  series?: readonly string[] | undefined
  /** day, week or month: how a period's first day is shown. */
  granularity?: string | undefined
  /** The box's width in pixels, for the lines the legend wraps to. */
  width?: number | undefined
}

const reducedMotion = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches

/** Options every chart shares: font, palette, patterns, no motion for those who asked for none. */
export const baseOption = (): ChartOption => ({
  animation: !reducedMotion(),
  color: PALETTE,
  textStyle: { fontFamily: CHART_FONT, color: '#1a1a1a' },
  aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
})

/** The data index a tooltip's parameters point at. */
function pointedIndex(params: unknown): number {
  const first: unknown = Array.isArray(params) ? params[0] : params
  if (typeof first === 'object' && first !== null && 'dataIndex' in first)
    return Number(first.dataIndex)
  return -1
}

type Row = AnalyticsChart['rows'][number]

interface Parts {
  width: number
  chart: AnalyticsChart
  dimension: AnalyticsColumn
  plotted: AnalyticsColumn[]
  category: (row: Row) => string
  i18n: ChartI18n
}

/** Tooltip text (drawn in the canvas: no HTML, nothing for the page's style policy to refuse). */
function tooltip({ chart, plotted, category, i18n }: Parts, trigger: 'axis' | 'item') {
  return {
    trigger,
    renderMode: 'richText' as const,
    confine: true,
    formatter: (params: unknown) => {
      const row = chart.rows[pointedIndex(params)]
      if (!row) return ''
      const lines = plotted.map(
        (m) => `${m.label[i18n.language]}: ${formatMeasure(i18n, row[m.key], m.unit)}`,
      )
      return [category(row), ...lines].join('\n')
    },
  }
}

/** How many lines a legend of these names wraps to in a box this wide. */
function legendLines(names: string[], width: number): number {
  let lines = 1
  let used = 0
  for (const name of names) {
    const item = name.length * LEGEND_CHAR + LEGEND_ITEM
    if (used > 0 && used + item > width) {
      lines++
      used = 0
    }
    used += item
  }
  return lines
}

/** The series' names under the picture, wrapped; `space` is the height they take. */
function legendBelow(names: string[], width: number) {
  const space = legendLines(names, width - 16) * LEGEND_LINE + 8
  return { space, legend: { type: 'plain' as const, bottom: 0, left: 'center' as const } }
}

const valueAxis = ({ i18n }: Parts, absolute = false) => ({
  type: 'value' as const,
  axisLabel: { formatter: (v: number) => i18n.number(absolute ? Math.abs(v) : v) },
})

const grid = (legendSpace: number) => ({
  left: 8,
  right: 16,
  top: 16,
  bottom: legendSpace + 8,
  outerBoundsMode: 'same' as const,
  outerBoundsContain: 'axisLabel' as const,
})

/** Long or many categories read better as horizontal bars, first at the top. */
function isHorizontal({ chart, dimension, category }: Parts): boolean {
  if (['period', 'year'].includes(dimension.key)) return false
  const longest = Math.max(0, ...chart.rows.map((r) => category(r).length))
  return chart.rows.length > 8 || longest > 10
}

function barView(parts: Parts, stacked: boolean): ChartView {
  const { chart, dimension, plotted, category, i18n, width } = parts
  const horizontal = isHorizontal(parts)
  const names = plotted.map((m) => m.label[i18n.language])
  const below = names.length > 1 ? legendBelow(names, width) : undefined
  const space = below?.space ?? 0
  const categoryAxis = {
    type: 'category' as const,
    inverse: horizontal,
    axisLabel: horizontal ? { width: 130, overflow: 'truncate' as const } : { hideOverlap: true },
  }
  const bars = stacked ? 1 : Math.min(plotted.length, 2)
  return {
    height: (horizontal ? Math.max(200, chart.rows.length * ROW_HEIGHT * bars) : 300) + space,
    option: {
      ...baseOption(),
      dataset: { source: chart.rows.map((r) => ({ ...r, [dimension.key]: category(r) })) },
      grid: grid(space),
      tooltip: { ...tooltip(parts, 'axis'), axisPointer: { type: 'shadow' } },
      ...(below ? { legend: below.legend } : {}),
      xAxis: horizontal ? valueAxis(parts) : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis(parts),
      series: plotted.map((m) => ({
        type: 'bar' as const,
        name: m.label[i18n.language],
        ...(stacked ? { stack: 'total' } : {}),
        encode: horizontal ? { x: m.key, y: dimension.key } : { x: dimension.key, y: m.key },
      })),
    },
  }
}

function lineView(parts: Parts): ChartView {
  const { chart, dimension, plotted, category, i18n, width } = parts
  const names = plotted.map((m) => m.label[i18n.language])
  const below = names.length > 1 ? legendBelow(names, width) : undefined
  const space = below?.space ?? 0
  return {
    height: 300 + space,
    option: {
      ...baseOption(),
      dataset: { source: chart.rows.map((r) => ({ ...r, [dimension.key]: category(r) })) },
      grid: grid(space),
      tooltip: tooltip(parts, 'axis'),
      ...(below ? { legend: below.legend } : {}),
      xAxis: { type: 'category', boundaryGap: false, axisLabel: { hideOverlap: true } },
      yAxis: valueAxis(parts),
      series: plotted.map((m, i) => ({
        type: 'line' as const,
        name: m.label[i18n.language],
        encode: { x: dimension.key, y: m.key },
        symbol: SYMBOLS[i % SYMBOLS.length],
        symbolSize: 7,
        lineStyle: { width: 2, type: DASHES[i % DASHES.length] },
      })),
    },
  }
}

/** Males to the left, females to the right, the youngest band at the bottom. */
function pyramidView(parts: Parts): ChartView {
  const { chart, dimension, plotted, category, i18n, width } = parts
  const [left, right] = plotted
  if (!left || !right) return barView(parts, false)
  const below = legendBelow([left.label[i18n.language], right.label[i18n.language]], width)
  const source = chart.rows.map((r) => ({
    ...r,
    [dimension.key]: category(r),
    [left.key]: -Number(r[left.key] ?? 0),
  }))
  return {
    height: chart.rows.length * 20 + 40 + below.space,
    option: {
      ...baseOption(),
      color: [PALETTE[0]!, PALETTE[1]!],
      dataset: { source },
      grid: grid(below.space),
      tooltip: { ...tooltip(parts, 'axis'), axisPointer: { type: 'shadow' } },
      legend: below.legend,
      xAxis: valueAxis(parts, true),
      yAxis: { type: 'category', axisLabel: { hideOverlap: true } },
      series: [left, right].map((m) => ({
        type: 'bar' as const,
        name: m.label[i18n.language],
        stack: 'pyramid',
        barCategoryGap: '10%',
        encode: { x: m.key, y: dimension.key },
      })),
    },
  }
}

const PIE_SIZE = 220

/**
 * One slice per category; the legend lists each with its share, so no label leaves the box.
 * Nothing to share out (a total of 0) draws nothing: ECharts would split the circle evenly.
 */
function pieView(parts: Parts): ChartView | undefined {
  const { chart, dimension, plotted, category, i18n } = parts
  const measure = plotted[0]
  if (!measure) return barView(parts, false)
  const total = chart.rows.reduce((sum, r) => sum + Number(r[measure.key] ?? 0), 0)
  if (total === 0) return undefined
  const shares = new Map(
    chart.rows.map((r) => [category(r), (100 * Number(r[measure.key] ?? 0)) / total]),
  )
  const share = (name: string) =>
    `${name} (${i18n.number(Math.round((shares.get(name) ?? 0) * 10) / 10)} %)`
  return {
    height: PIE_SIZE + chart.rows.length * LEGEND_LINE + 8,
    option: {
      ...baseOption(),
      dataset: { source: chart.rows.map((r) => ({ ...r, [dimension.key]: category(r) })) },
      tooltip: tooltip(parts, 'item'),
      legend: {
        type: 'plain',
        orient: 'vertical',
        left: 8,
        top: PIE_SIZE,
        itemGap: LEGEND_LINE - 14,
        formatter: share,
      },
      series: [
        {
          type: 'pie',
          name: measure.label[i18n.language],
          radius: [PIE_SIZE * 0.18, PIE_SIZE * 0.45],
          center: ['50%', PIE_SIZE / 2],
          label: { show: false },
          encode: { itemName: dimension.key, value: measure.key },
        },
      ],
    },
  }
}

/** The picture of a chart, or undefined for the kinds drawn as HTML (kpi, table) or empty. */
export function chartView(
  chart: AnalyticsChart,
  i18n: ChartI18n,
  options: ChartViewOptions = {},
): ChartView | undefined {
  const dimension = dimensionOf(chart)
  if (!dimension || chart.rows.length === 0) return undefined
  const parts: Parts = {
    width: options.width || DEFAULT_WIDTH,
    chart,
    dimension,
    plotted: plottedMeasures(chart, options.series),
    category: (row) =>
      categoryLabel(chart, dimension, row[dimension.key], i18n.language, options.granularity),
    i18n,
  }
  switch (chart.kind) {
    case 'kpi':
    case 'table':
      return undefined
    case 'bar':
      return barView(parts, false)
    case 'stacked-bar':
      return barView(parts, true)
    case 'line':
      return lineView(parts)
    case 'pyramid':
      return pyramidView(parts)
    case 'pie':
      return pieView(parts)
  }
}
