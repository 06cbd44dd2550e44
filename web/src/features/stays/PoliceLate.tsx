import { useState } from 'react'
import type { LateByEstablishment } from '../../api/types'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import { PeriodFields } from './fields'
import { firstOfMonth, vietnamToday } from './time'
import { staysMessages } from './messages'

/** Late declarations counted by establishment over a period, the latest declarers first. */
export function PoliceLate() {
  const { t, number } = useI18n(staysMessages)
  const today = vietnamToday()
  const [period, setPeriod] = useState({ from: firstOfMonth(today), to: today })
  const isComplete = Boolean(period.from && period.to && period.from <= period.to)
  const { state, reload } = useApi<LateByEstablishment>(
    isComplete
      ? `/api/v1/stays/police/late-by-establishment?from=${period.from}&to=${period.to}`
      : null,
  )
  const percent = (share: number): string => `${number(Math.round(share * 1000) / 10)} %`
  return (
    <>
      <form
        className="panel stays-filters"
        onSubmit={(e) => {
          e.preventDefault()
        }}
      >
        <PeriodFields idPrefix="late" period={period} onChange={setPeriod} />
      </form>
      {!isComplete ? <p className="field-error">{t('police.periodInvalid')}</p> : null}
      {isComplete && state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {isComplete && state.status === 'ok' && !state.data.establishments.length ? (
        <p className="empty">{t('stays.noDeclarations')}</p>
      ) : null}
      {isComplete && state.status === 'ok' && state.data.establishments.length ? (
        <div className="table-scroll" role="region" aria-label={t('police.view.late')} tabIndex={0}>
          <table>
            <caption className="visually-hidden">{t('police.view.late')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stays.establishment')}</th>
                <th scope="col">{t('police.declaredCount')}</th>
                <th scope="col">{t('police.lateCount')}</th>
                <th scope="col">{t('police.onTime')}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.establishments.map((row) => (
                <tr key={row.establishment.id}>
                  <th scope="row">{row.establishment.name}</th>
                  <td>{number(row.declarations)}</td>
                  <td>{number(row.late)}</td>
                  <td>{percent(row.onTimeShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  )
}
