import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { openDataMessages } from './messages'
import type { OpenDataCell, OpenDataTable } from './types'

/** Enough rows to see what the file holds; the download has them all. */
const PREVIEW_ROWS = 5

/** The first communes of a dataset as a table that scrolls sideways inside itself on a phone. */
export function DatasetPreview({ path }: { path: string }) {
  const { t, language, number } = useI18n(openDataMessages)
  const { state, reload } = useApi<OpenDataTable>(path)
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  const table = state.data
  const cell = (c: OpenDataCell) => (c.suppressed ? t('openData.withheld') : number(c.value ?? 0))
  return (
    <>
      <p>
        {t('openData.previewOf', {
          shown: number(Math.min(PREVIEW_ROWS, table.rows.length)),
          rows: number(table.rows.length),
          date: formatDate(table.asOf),
        })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={table.title[language]}>
        <table>
          <caption className="visually-hidden">{table.title[language]}</caption>
          <thead>
            <tr>
              <th scope="col">{t('openData.commune')}</th>
              {table.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label[language]}
                </th>
              ))}
              <th scope="col">{t('openData.total')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.label}</th>
                {row.cells.map((c, i) => (
                  <td key={table.columns[i]?.key ?? i}>{cell(c)}</td>
                ))}
                <td>{cell(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
