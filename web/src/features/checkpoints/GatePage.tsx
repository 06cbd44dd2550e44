import { NativeSelect, Paper, Radio, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import type { CheckpointSite, GatePassage } from '../../api/types'
import { useRequirement } from '../../components/Requirement'
import { ScanForm } from '../../components/ScanForm'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { checkpointsMessages } from './messages'
import { LiveOccupancy } from './LiveOccupancy'
import { scanLabels } from './scanLabels'

type Direction = 'entry' | 'exit'

/** Operator staff at a gate, phone first: site, gate, direction, then each person's code. */
export default function GatePage() {
  const { t } = useI18n(checkpointsMessages)
  usePageTitle(t('gate.title'))
  const requirement = useRequirement({
    permission: 'checkpoints.gate.scan',
    who: 'need.who.operatorStaff',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('gate.title')}</Title>
      {requirement.blocked ? requirement.notice : <Sites />}
    </Stack>
  )
}

function Sites() {
  const { t } = useI18n(checkpointsMessages)
  const { state, reload } = useLoaded(platformQuery.useQuery('get', '/api/v1/checkpoints/sites'))
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  if (state.data.sites.length === 0) return <Text>{t('gate.noSites')}</Text>
  return <Gate sites={state.data.sites} />
}

function Gate({ sites }: { sites: CheckpointSite[] }) {
  const { t } = useI18n(checkpointsMessages)
  const [siteId, setSiteId] = useState(sites[0]!.id)
  const site = sites.find((s) => s.id === siteId) ?? sites[0]!
  const [gateId, setGateId] = useState<string>()
  const gate = site.gates.find((g) => g.id === gateId) ?? site.gates[0]
  const [direction, setDirection] = useState<Direction>('entry')
  const [answer, setAnswer] = useState<GatePassage>()
  const scan = useMutation({
    mutationFn: async (code: string) => {
      if (!gate) throw new Error('no gate')
      const response = await platform.POST('/api/v1/checkpoints/sites/{id}/passages', {
        params: { path: { id: site.id } },
        body: { gateId: gate.id, direction, code },
      })
      return response.data!
    },
    onSuccess: setAnswer,
  })
  return (
    <>
      <Text>{t('gate.intro')}</Text>
      <ScanForm
        labels={scanLabels(t, 'gate')}
        busy={scan.isPending}
        onCode={(code) => {
          setAnswer(undefined)
          scan.mutate(code)
        }}
      >
        <NativeSelect
          id="gate-site"
          label={t('gate.site')}
          value={site.id}
          translate="no"
          data={sites.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(e) => {
            setSiteId(e.currentTarget.value)
            setGateId(undefined)
            setAnswer(undefined)
          }}
        />
        <NativeSelect
          id="gate-gate"
          label={t('gate.gate')}
          value={gate?.id ?? ''}
          translate="no"
          data={site.gates.map((g) => ({ value: g.id, label: g.name }))}
          onChange={(e) => {
            setGateId(e.currentTarget.value)
          }}
        />
        <Radio.Group
          name="gate-direction"
          label={t('gate.direction')}
          value={direction}
          onChange={(value) => {
            setDirection(value)
          }}
        >
          <Stack gap={6} mt={4}>
            {(['entry', 'exit'] as const).map((d) => (
              <Radio key={d} value={d} label={t(`direction.${d}`)} />
            ))}
          </Stack>
        </Radio.Group>
      </ScanForm>
      {scan.error ? <ErrorMessage error={scan.error} focus /> : null}
      {answer ? <PassageResult answer={answer} /> : null}
      <LiveOccupancy site={site} />
    </>
  )
}

/** What the gate recorded: in or out, whose code, any flag, and the count inside now. */
function PassageResult({ answer }: { answer: GatePassage }) {
  const { t, number } = useI18n(checkpointsMessages)
  const { passage } = answer
  const colour = passage.flag ? 'orange' : 'green'
  return (
    <Paper
      withBorder
      p="md"
      role="status"
      data-passage={passage.direction}
      data-flag={passage.flag ?? 'none'}
      style={{ borderLeft: `6px solid var(--mantine-color-${colour}-8)` }}
    >
      <Stack gap="xs">
        <Text fw={700} size="lg">
          {t(passage.direction === 'entry' ? 'gate.entered' : 'gate.exited')}
        </Text>
        {passage.flag ? (
          <Text fw={700} c="red.9">
            {t(`flag.${passage.flag}`)}
          </Text>
        ) : null}
        <Text>
          {t('gate.person')}: <strong translate="no">{answer.fullName}</strong>
        </Text>
        <Text>{t('gate.insideNow', { count: number(answer.occupancy) })}</Text>
      </Stack>
    </Paper>
  )
}
