import { Alert, Button, Stack, Text, Title } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import type { LiveDeclared } from '../../api/types'
import { Link, navigate, useLocation } from '../../app/router'
import { useRequirement } from '../../components/Requirement'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { PurposePicker, isPurpose, type PurposeCode } from '../population'
import { PoliceAlerts } from './PoliceAlerts'
import { PoliceDeclarations } from './PoliceDeclarations'
import { PoliceEstablishments } from './PoliceEstablishments'
import { PoliceLate } from './PoliceLate'
import { PolicePersonStays } from './PolicePersonStays'
import { PoliceWatchList, useApprover } from './PoliceWatchList'
import { PoliceWatchReview } from './PoliceWatchReview'
import { useLiveFeed, type LiveState } from './useLiveFeed'
import { staysMessages, type StaysKey } from './messages'

const VIEWS = {
  declarations: 'police.view.declarations',
  guests: 'police.view.guests',
  alerts: 'police.view.alerts',
  'watch-list': 'police.view.watchList',
  'watch-review': 'police.view.watchReview',
  establishments: 'police.view.establishments',
  late: 'police.view.late',
  person: 'police.view.person',
} as const satisfies Record<string, StaysKey>
type View = keyof typeof VIEWS
const isView = (value: string | null): value is View => value !== null && value in VIEWS
/** Views for provincial police only (approving watch-listing requests). */
const FOR_APPROVERS: View[] = ['watch-review']
/** Views that show guests' personal data: a purpose first, which the residents will see. */
const NEEDS_PURPOSE: View[] = ['declarations', 'guests', 'person']
/** Live declarations kept on screen; older ones are in the list below them. */
const LIVE_KEPT = 100

const LIVE_STATES: Record<LiveState, StaysKey> = {
  connecting: 'police.live.connecting',
  live: 'police.live.on',
  down: 'police.live.down',
}

const href = (view: View, purpose: PurposeCode | null): string =>
  `/police/stays?view=${view}${purpose ? `&purpose=${purpose}` : ''}`

/**
 * The police's accommodation console: declarations and guests of the jurisdiction, live; watch
 * list alerts; establishment approvals; late declarers; a person's stays (provincial police).
 * One page, views chosen in the address, so that the live stream stays open across them.
 */
export default function PoliceStaysPage() {
  const { t } = useI18n(staysMessages)
  usePageTitle(t('police.title'))
  const requirement = useRequirement({ permission: 'stays.police.read', who: 'need.who.police' })
  if (!requirement.blocked) return <PoliceConsole />
  return (
    <>
      <Title order={1}>{t('police.title')}</Title>
      {requirement.notice}
    </>
  )
}

/** The console itself, for the police only: it opens the live stream of the jurisdiction. */
function PoliceConsole() {
  const { t } = useI18n(staysMessages)
  const { query } = useLocation()
  const asked = query.get('view')
  const view: View = isView(asked) ? asked : 'declarations'
  const given = query.get('purpose')
  const purpose: PurposeCode | null = isPurpose(given) ? given : null
  const [live, setLive] = useState<LiveDeclared[]>([])
  const [alertsArrived, setAlertsArrived] = useState(0)
  const [unseenAlerts, setUnseenAlerts] = useState(0)
  const [hasMissedSome, setHasMissedSome] = useState(false)

  const handlers = useMemo(
    () => ({
      onDeclared: (declared: LiveDeclared) => {
        setLive((shown) => [declared, ...shown].slice(0, LIVE_KEPT))
      },
      onAlert: () => {
        setAlertsArrived((n) => n + 1)
        setUnseenAlerts((n) => n + 1)
      },
      onResync: () => {
        setHasMissedSome(true)
      },
    }),
    [],
  )
  const liveState = useLiveFeed(handlers)
  useEffect(() => {
    if (view === 'alerts') setUnseenAlerts(0)
  }, [view, alertsArrived])

  const approver = useApprover()
  const views = (Object.keys(VIEWS) as View[]).filter((v) => approver || !FOR_APPROVERS.includes(v))
  const needsPurpose = NEEDS_PURPOSE.includes(view)
  return (
    <Stack gap="md">
      <Title order={1}>{t('police.title')}</Title>
      <p className={`stays-live stays-live-${liveState}`} role="status">
        <span className="stays-live-dot" aria-hidden="true" /> {t(LIVE_STATES[liveState])}
      </p>
      {hasMissedSome ? (
        <Alert color="yellow" variant="light" role="alert">
          <Text size="sm">{t('police.resync')}</Text>
          <Button
            variant="default"
            mt="sm"
            onClick={() => {
              window.location.reload()
            }}
          >
            {t('police.reload')}
          </Button>
        </Alert>
      ) : null}
      {unseenAlerts > 0 ? (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm" fw={700}>
            {t('police.newAlerts', { count: unseenAlerts })}
          </Text>
          <Link to={href('alerts', purpose)}>{t('police.openAlerts')}</Link>
        </Alert>
      ) : null}
      <nav aria-label={t('police.viewsLabel')} className="stays-nav">
        <ul>
          {views.map((v) => (
            <li key={v}>
              <Link to={href(v, purpose)} aria-current={v === view ? 'page' : undefined}>
                {t(VIEWS[v])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Title order={2}>{t(VIEWS[view])}</Title>
      {needsPurpose ? (
        <PurposePicker
          value={purpose}
          onChange={(next) => {
            navigate(href(view, next), { replace: true })
          }}
        />
      ) : null}
      {needsPurpose && !purpose ? <Text size="sm">{t('officer.purposeFirst')}</Text> : null}
      {view === 'declarations' && purpose ? (
        <PoliceDeclarations purpose={purpose} live={live} />
      ) : null}
      {view === 'guests' && purpose ? (
        <PoliceDeclarations purpose={purpose} live={live} current />
      ) : null}
      {view === 'person' && purpose ? <PolicePersonStays purpose={purpose} /> : null}
      {view === 'alerts' ? <PoliceAlerts arrived={alertsArrived} /> : null}
      {view === 'watch-list' ? <PoliceWatchList /> : null}
      {view === 'watch-review' ? <PoliceWatchReview /> : null}
      {view === 'establishments' ? <PoliceEstablishments /> : null}
      {view === 'late' ? <PoliceLate /> : null}
    </Stack>
  )
}
