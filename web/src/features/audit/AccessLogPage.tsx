import { useEffect, useState } from 'react'
import { api } from '../../api/client'
import type { AccessLogEntry, AccessLogPage as Page } from '../../api/types'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { auditMessages } from './messages'
import { roleLabel } from '../../i18n/labels'

const PAGE_SIZE = 20

function Entry({ entry }: { entry: AccessLogEntry }) {
  const { t, language } = useI18n(auditMessages)
  const purpose = entry.purposeLabel
    ? entry.purposeLabel[language]
    : (entry.purpose ?? t('log.noPurpose'))
  // Names, not codes: the establishment, the office's agency and unit, as the person knows them.
  const who = [
    entry.actorEstablishmentName,
    roleLabel(t, entry.actorRole),
    entry.actorAgencyName?.[language] ?? entry.actorAgency,
    entry.actorUnitName ?? entry.actorUnitCode,
  ]
    .filter(Boolean)
    .join(' · ')
  const via = entry.viaSystemName ?? entry.viaSystem
  return (
    <li className="log-entry">
      <p className="log-when">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </p>
      <p className="log-what">{entry.actionLabel?.[language] ?? entry.action}</p>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('log.who')}</dt>
          <dd>{who}</dd>
        </div>
        <div>
          <dt>{t('log.purpose')}</dt>
          <dd>{purpose}</dd>
        </div>
        {via ? (
          <div>
            <dt>{t('log.via')}</dt>
            <dd>{via}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  )
}

/** Who viewed my data: each audited read of the resident, newest first, never the officer's name. */
export default function AccessLogPage() {
  const { t } = useI18n(auditMessages)
  usePageTitle(t('log.title'))
  const [entries, setEntries] = useState<AccessLogEntry[]>([])
  const [next, setNext] = useState<string | null>(null)
  const [status, setStatus] = useState<'loading' | 'ok' | 'more'>('loading')
  const [failure, setFailure] = useState<unknown>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    setStatus('loading')
    setFailure(null)
    api<Page>(`/api/v1/me/access-log?limit=${String(PAGE_SIZE)}`, {
      signal: controller.signal,
    }).then(
      (page) => {
        setEntries(page.entries)
        setNext(page.next)
        setStatus('ok')
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        setFailure(error)
        setStatus('ok')
      },
    )
    return () => {
      controller.abort()
    }
  }, [attempt])

  const loadMore = () => {
    if (!next) return
    setStatus('more')
    setFailure(null)
    api<Page>(
      `/api/v1/me/access-log?limit=${String(PAGE_SIZE)}&before=${encodeURIComponent(next)}`,
    ).then(
      (page) => {
        setEntries((shown) => [...shown, ...page.entries])
        setNext(page.next)
        setStatus('ok')
      },
      (error: unknown) => {
        setFailure(error)
        setStatus('ok')
      },
    )
  }

  return (
    <>
      <h1>{t('log.title')}</h1>
      <p>{t('log.intro')}</p>
      {status === 'loading' ? <Loading /> : null}
      {failure ? (
        <ErrorMessage
          error={failure}
          onRetry={() => {
            if (entries.length) loadMore()
            else setAttempt((n) => n + 1)
          }}
        />
      ) : null}
      {status !== 'loading' && !failure && entries.length === 0 ? (
        <p className="empty">{t('log.empty')}</p>
      ) : null}
      {entries.length ? (
        <ol className="log" aria-label={t('log.listLabel')}>
          {entries.map((entry, i) => (
            <Entry key={`${entry.at}-${String(i)}`} entry={entry} />
          ))}
        </ol>
      ) : null}
      {next ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={loadMore}
          disabled={status === 'more'}
        >
          {status === 'more' ? t('common.loading') : t('log.more')}
        </button>
      ) : null}
    </>
  )
}
