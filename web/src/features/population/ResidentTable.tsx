import { Table } from '@mantine/core'
import type { Resident } from '../../api/types'
import { Link } from '../../app/router'
import { Place } from '../../components/Place'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { populationMessages } from './messages'
import { sexLabel } from './labels'

/** Residents as a table that scrolls sideways on a phone rather than squeezing. */
export function ResidentTable({
  residents,
  purpose,
  caption,
}: {
  residents: Resident[]
  purpose: string
  caption: string
}) {
  const { t } = useI18n(populationMessages)
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table striped highlightOnHover>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.fullName')}</th>
            <th scope="col">{t('field.personalNumber')}</th>
            <th scope="col">{t('field.birthDate')}</th>
            <th scope="col">{t('field.sex')}</th>
            <th scope="col">{t('officer.commune')}</th>
          </tr>
        </thead>
        <tbody>
          {residents.map((r) => (
            <tr key={r.personalNumber}>
              <td>
                <Link to={`/officer/residents/${r.personalNumber}?purpose=${purpose}`}>
                  {r.fullName}
                </Link>
              </td>
              <td className="mono">{r.personalNumber}</td>
              <td>{formatDate(r.birthDate)}</td>
              <td>{sexLabel(t, r.sex)}</td>
              <td>
                <Place name={r.communeName} code={r.communeCode} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  )
}
