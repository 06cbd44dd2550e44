import type { AnalyticsChart } from '../api/types'
import { useI18n } from '../i18n/i18n'
import { categoryLabel, columnHeading, dimensionOf, formatMeasure, measuresOf } from './ChartData'

/**
 * A chart's figures as a real table: every category a row headed by its name, every measure a
 * column headed with its unit. Scrolls inside its own box on a narrow screen, and can be reached
 * by keyboard to do so.
 */
export function ChartTable({
  chart,
  caption,
  granularity,
}: {
  chart: AnalyticsChart
  caption: string
  granularity?: string | undefined
}) {
  const i18n = useI18n()
  const { t, language } = i18n
  const dimension = dimensionOf(chart)
  const measures = measuresOf(chart)
  if (chart.rows.length === 0) return <p className="empty">{t('chart.noData')}</p>
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {dimension ? <th scope="col">{dimension.label[language]}</th> : null}
            {measures.map((m) => (
              <th key={m.key} scope="col" className="numeric">
                {columnHeading(i18n, m)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, i) => (
            <tr key={dimension ? String(row[dimension.key]) : i}>
              {dimension ? (
                <th scope="row" translate={dimension.names ? 'no' : undefined}>
                  {categoryLabel(chart, dimension, row[dimension.key], language, granularity)}
                </th>
              ) : null}
              {measures.map((m) => (
                <td key={m.key} className="numeric">
                  {row[m.key] === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">
                        {t(row.withheld === true ? 'chart.withheld' : 'chart.notComputable')}
                      </span>
                    </>
                  ) : (
                    formatMeasure(i18n, row[m.key])
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
