import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '../../api/client'
import type { LiveDeclared, StayDeclaration, StayDeclarationPage } from '../../api/types'
import { ErrorMessage } from '../../components/Status'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { DeclarationCard, DeclarationList } from './DeclarationCard'
import { Toggle } from './fields'
import { flagLabel } from './labels'
import { usePages } from './usePages'
import { staysMessages } from './messages'
import { SelectField } from './ui'
import { Tag } from '../../components/Tag'

type GuestKind = '' | 'citizen' | 'foreigner'

/** A new declaration as the stream tells it (no names); its details are an audited read. */
function LiveRow({ live, purpose }: { live: LiveDeclared; purpose: string }) {
  const { t } = useI18n(staysMessages)
  // Read only when asked: each read is audited and shown to the resident.
  const [asked, setAsked] = useState(false)
  const path = `/api/v1/stays/declarations/${encodeURIComponent(live.declarationId)}?purpose=${purpose}`
  const details = useQuery({
    queryKey: ['api', path],
    queryFn: ({ signal }) => api<StayDeclaration>(path, { signal }),
    enabled: asked,
    staleTime: Infinity,
  })
  const shown = details.data
  const failure = details.isFetching ? null : details.error
  const busy = details.isFetching
  const open = () => {
    if (asked) void details.refetch()
    else setAsked(true)
  }
  if (shown)
    return <DeclarationCard declaration={shown} placeLabel={t('stays.place.any')} showPlace />
  return (
    <Paper component="li" withBorder p="md" className="stays-card stays-live-row">
      <Text mb="xs">
        <strong>{live.establishment.name}</strong> ·{' '}
        {live.guestKind === 'foreigner' ? t('stays.kind.foreigner') : t('stays.kind.citizen')} ·{' '}
        {t('stays.arrivalAt')} {formatDateTime(live.arrivalAt)}
        {live.late ? (
          <Tag color="orange" ml="xs">
            {t('stays.late')}
          </Tag>
        ) : null}
        {live.flags.map((flag) => (
          <Tag key={flag} color="red" ml="xs">
            {flagLabel(t, flag)}
          </Tag>
        ))}
      </Text>
      {failure ? <ErrorMessage error={failure} /> : null}
      <Button variant="default" disabled={busy} onClick={open}>
        {t('police.showDetails')}
      </Button>
    </Paper>
  )
}

function KindFilter({
  value,
  onChange,
}: {
  value: GuestKind
  onChange: (kind: GuestKind) => void
}) {
  const { t } = useI18n(staysMessages)
  return (
    <SelectField
      id="guest-kind"
      label={t('police.guestKind')}
      value={value}
      onChange={(e) => {
        const kind = e.target.value
        onChange(kind === 'citizen' || kind === 'foreigner' ? kind : '')
      }}
    >
      <option value="">{t('police.allGuests')}</option>
      <option value="citizen">{t('stays.kind.citizen')}</option>
      <option value="foreigner">{t('stays.kind.foreigner')}</option>
    </SelectField>
  )
}

/**
 * Declarations in the officer's jurisdiction (or, with `current`, the guests staying now),
 * newest first, with what arrived live since the page opened on top.
 */
export function PoliceDeclarations({
  purpose,
  live,
  current = false,
}: {
  purpose: string
  live: LiveDeclared[]
  current?: boolean
}) {
  const { t } = useI18n(staysMessages)
  const [kind, setKind] = useState<GuestKind>('')
  const [lateOnly, setLateOnly] = useState(false)
  const query = new URLSearchParams({ purpose, limit: '50' })
  if (kind) query.set('guestKind', kind)
  if (lateOnly && !current) query.set('late', 'true')
  const list = usePages<StayDeclarationPage>(
    `/api/v1/stays/police/${current ? 'guests' : 'declarations'}?${query.toString()}`,
  )
  return (
    <Stack gap="md">
      <Paper
        component="form"
        withBorder
        p="md"
        className="panel stays-filters"
        onSubmit={(e) => {
          e.preventDefault()
        }}
      >
        <KindFilter value={kind} onChange={setKind} />
        {current ? null : (
          <Toggle checked={lateOnly} onChange={setLateOnly}>
            {t('stays.lateOnly')}
          </Toggle>
        )}
      </Paper>
      {live.length && !current ? (
        <section aria-labelledby="live-title">
          <Title order={3} id="live-title" mb="sm">
            {t('police.liveTitle', { count: live.length })}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} className="stays-cards">
            {live.map((l) => (
              <LiveRow key={l.declarationId} live={l} purpose={purpose} />
            ))}
          </Stack>
        </section>
      ) : null}
      <section aria-labelledby="list-title">
        <Title order={3} id="list-title" mb="sm">
          {current ? t('police.currentGuests') : t('police.declarations')}
        </Title>
        <DeclarationList
          list={list}
          label={current ? t('police.currentGuests') : t('police.declarations')}
          emptyText={t('stays.noDeclarations')}
          placeLabel={t('stays.place.any')}
          showPlace
        />
      </section>
    </Stack>
  )
}
