import { Box, Table, Text, VisuallyHidden } from '@mantine/core'
import { platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { openDataMessages } from './messages'

type OpenDataCell = ResponseOf<'/api/v1/analytics/open-data/{id}', 'get'>['totals']['total']

/** Enough rows to see what the file holds; the download has them all. */
const PREVIEW_ROWS = 5

/** The first communes of a dataset as a table that scrolls sideways inside itself on a phone. */
export function DatasetPreview({ id }: { id: string }) {
  const { t, language, number } = useI18n(openDataMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/analytics/open-data/{id}', {
      params: { path: { id } },
    }),
  )
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  const table = state.data
  const title = table.title[language]
  const cell = (c: OpenDataCell) => (c.suppressed ? t('openData.withheld') : number(c.value ?? 0))
  return (
    <>
      <Text>
        {t('openData.previewOf', {
          shown: number(Math.min(PREVIEW_ROWS, table.rows.length)),
          rows: number(table.rows.length),
          date: formatDate(table.asOf),
        })}
      </Text>
      {/* Focusable, so that a keyboard can scroll it sideways; positioned, so that the hidden caption
          stays inside it rather than widening the page. */}
      <Box
        pos="relative"
        style={{ overflowX: 'auto' }}
        maw="100%"
        tabIndex={0}
        role="region"
        aria-label={title}
      >
        <Table striped withTableBorder>
          <Table.Caption>
            <VisuallyHidden>{title}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('openData.commune')}</Table.Th>
              {table.columns.map((c) => (
                <Table.Th key={c.key} scope="col">
                  {c.label[language]}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('openData.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <Table.Tr key={row.code}>
                <Table.Th scope="row">{row.label}</Table.Th>
                {row.cells.map((c, i) => (
                  <Table.Td key={table.columns[i]?.key ?? i}>{cell(c)}</Table.Td>
                ))}
                <Table.Td>{cell(row.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </>
  )
}
