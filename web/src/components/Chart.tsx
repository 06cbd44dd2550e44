import { useMemo, useRef, useState } from 'react'
import type { RefObject } from 'react'
import type { AnalyticsChart } from '../api/types'
import { useI18n } from '../i18n/i18n'
import { ChartCanvas, type ChartCanvasHandle } from './ChartCanvas'
import { formatMeasure, measuresOf } from './ChartData'
import { chartView, type ChartView } from './ChartOption'
import { ChartTable } from './ChartTable'

/** Where a chart's data and picture can be taken away. */
export interface ChartExport {
  /** The API's export of this chart's data, with the filters shown. */
  csv: string
  xlsx: string
  /** The picture's file name, without its extension. */
  fileName: string
  /** Lines printed under the title in the picture: what it covers. */
  context: string[]
}

function savePng(canvas: ChartCanvasHandle | null, heading: string[], fileName: string): void {
  const url = canvas?.toPng(heading)
  if (!url) return
  const link = document.createElement('a')
  link.href = url
  link.download = `${fileName}.png`
  document.body.append(link)
  link.click()
  link.remove()
}

/** CSV and XLSX links to the API's export, and the picture as PNG when there is one. */
export function ChartActions({
  title,
  exports,
  canvas,
}: {
  title: string
  exports: ChartExport
  canvas?: RefObject<ChartCanvasHandle | null>
}) {
  const { t } = useI18n()
  // The visible words lead the accessible name (WCAG 2.5.3); the chart's title tells them apart.
  const named = (action: string) => ({ 'aria-label': `${action}: ${title}` })
  return (
    <p className="chart-actions">
      <a
        className="button button-secondary button-compact"
        href={exports.csv}
        download
        {...named(t('chart.exportCsv'))}
      >
        {t('chart.exportCsv')}
      </a>
      <a
        className="button button-secondary button-compact"
        href={exports.xlsx}
        download
        {...named(t('chart.exportXlsx'))}
      >
        {t('chart.exportXlsx')}
      </a>
      {canvas ? (
        <button
          type="button"
          className="button button-secondary button-compact"
          onClick={() => {
            savePng(canvas.current, [title, ...exports.context], exports.fileName)
          }}
          {...named(t('chart.exportPng'))}
        >
          {t('chart.exportPng')}
        </button>
      ) : null}
    </p>
  )
}

/** A one-row chart as figures side by side, each named, with its unit. */
function KpiCards({ chart }: { chart: AnalyticsChart }) {
  const i18n = useI18n()
  const row = chart.rows[0]
  if (!row) return <p className="empty">{i18n.t('chart.noData')}</p>
  return (
    <dl className="chart-kpis">
      {measuresOf(chart).map((m) => (
        <div key={m.key} className="chart-kpi">
          <dt>{m.label[i18n.language]}</dt>
          <dd>
            {row[m.key] === null ? (
              <>
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{i18n.t('chart.notComputable')}</span>
              </>
            ) : (
              formatMeasure(i18n, row[m.key], m.unit)
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** The picture of a chart with its table a click away. */
function Figure({
  chart,
  view,
  title,
  granularity,
  canvas,
  onWidth,
}: {
  chart: AnalyticsChart
  view: ChartView
  title: string
  granularity?: string | undefined
  canvas: RefObject<ChartCanvasHandle | null>
  onWidth: (width: number) => void
}) {
  const { t } = useI18n()
  return (
    <>
      <ChartCanvas
        ref={canvas}
        option={view.option}
        height={view.height}
        onWidth={onWidth}
        label={t('chart.figure', { title })}
      />
      <details className="chart-data">
        <summary>
          {t('chart.showTable')}
          <span className="visually-hidden">: {title}</span>
        </summary>
        <ChartTable chart={chart} caption={title} granularity={granularity} />
      </details>
    </>
  )
}

/**
 * One chart of the API (src/modules/analytics) in the language shown: figures as cards, a table
 * as a table, anything else as an ECharts picture with its table; its note; its exports.
 */
export function Chart({
  chart,
  series,
  granularity,
  exports,
}: {
  chart: AnalyticsChart
  /** The measures to draw, when not those of the first measure's unit. */
  series?: readonly string[] | undefined
  granularity?: string | undefined
  exports?: ChartExport | undefined
}) {
  const i18n = useI18n()
  const canvas = useRef<ChartCanvasHandle>(null)
  const [width, setWidth] = useState(0)
  const view = useMemo(
    () => chartView(chart, i18n, { series, granularity, width }),
    [chart, i18n, series, granularity, width],
  )
  const title = chart.title[i18n.language]
  const headingId = `chart-${chart.id}`
  return (
    <section className={`chart-block chart-${chart.kind}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {chart.kind === 'kpi' ? <KpiCards chart={chart} /> : null}
      {chart.kind === 'table' ? (
        <ChartTable chart={chart} caption={title} granularity={granularity} />
      ) : null}
      {view ? (
        <Figure
          chart={chart}
          view={view}
          title={title}
          granularity={granularity}
          canvas={canvas}
          onWidth={setWidth}
        />
      ) : chart.kind !== 'kpi' && chart.kind !== 'table' ? (
        <p className="empty">{i18n.t('chart.noData')}</p>
      ) : null}
      {chart.note ? <p className="chart-note">{chart.note[i18n.language]}</p> : null}
      {exports ? (
        <ChartActions title={title} exports={exports} {...(view ? { canvas } : {})} />
      ) : null}
    </section>
  )
}
