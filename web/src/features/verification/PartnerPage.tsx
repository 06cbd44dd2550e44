import { Anchor, Button, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import type { PageProps } from '../../app/routing'
import { Field } from '../../components/Field'
import { UnitName } from '../../components/Place'
import { useRequirement } from '../../components/Requirement'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Notice } from '../../components/Status'
import { StaffSection } from '../../components/StaffSection'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { kindLabel } from './kinds'
import { verificationMessages } from './messages'

/** One partner, for the officer who onboarded it: its staff and its kiosks' keys. */
export default function PartnerPage({ params }: PageProps) {
  const { t } = useI18n(verificationMessages)
  const requirement = useRequirement({
    permission: 'verification.partners.manage',
    who: 'need.who.partnerAdmin',
  })
  usePageTitle(t('partners.title'))
  return requirement.blocked ? (
    <Stack gap="md">
      <Title order={1}>{t('partners.title')}</Title>
      {requirement.notice}
    </Stack>
  ) : (
    <Partner id={params.id ?? ''} />
  )
}

function Partner({ id }: { id: string }) {
  const { t } = useI18n(verificationMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/verification/partners/{id}', {
      params: { path: { id } },
    }),
  )
  return (
    <Stack gap="md" maw="40rem">
      <Anchor component={Link} to="/officer/partners" size="sm">
        {t('partners.back')}
      </Anchor>
      <Loaded
        loaded={{ state, reload }}
        error={(error, retry) => (
          <>
            <Title order={1}>{t('partners.title')}</Title>
            <ErrorMessage error={error} onRetry={retry} />
          </>
        )}
      >
        {(data) => (
          <>
            <Title order={1}>
              <span translate="no">{data.name}</span>
            </Title>
            <Text>
              {kindLabel(t, data.kind)} · <UnitName code={data.communeCode} />
            </Text>
            <Staff partnerId={id} />
            {data.kind === 'hospital' ? <Devices partnerId={id} /> : null}
          </>
        )}
      </Loaded>
    </Stack>
  )
}

const Mono = ({ children }: { children: string }) => (
  <Text span ff="monospace" translate="no" style={{ overflowWrap: 'anywhere' }}>
    {children}
  </Text>
)

function Staff({ partnerId }: { partnerId: string }) {
  const { t } = useI18n(verificationMessages)
  const init = { params: { path: { id: partnerId } } }
  const staff = useLoaded(
    platformQuery.useQuery('get', '/api/v1/verification/partners/{id}/staff', init),
  )
  const add = platformQuery.useMutation('post', '/api/v1/verification/partners/{id}/staff')
  const remove = platformQuery.useMutation(
    'delete',
    '/api/v1/verification/partners/{id}/staff/{grantId}',
  )
  return (
    <StaffSection
      staff={staff}
      members={(data) => data.staff}
      labels={{
        title: t('staff.title'),
        intro: t('staff.intro'),
        none: t('staff.none'),
        number: t('staff.number'),
        numberHint: t('staff.numberHint'),
        numberInvalid: t('staff.numberInvalid'),
        add: t('staff.add'),
        since: (at) => t('staff.since', { at }),
        remove: (number) => t('staff.remove', { number }),
      }}
      add={async (personalNumber) => {
        await add.mutateAsync({ ...init, body: { personalNumber } })
        return t('staff.added', { number: personalNumber })
      }}
      remove={async (member) => {
        await remove.mutateAsync({
          params: { path: { id: partnerId, grantId: member.grantId } },
        })
        return t('staff.removed', { number: member.personalNumber })
      }}
      said={(done) => done}
    />
  )
}

/** A JWK pasted as JSON, or undefined when it is not an object with the EC fields. */
function readJwk(text: string): { kty: string; crv: string; x: string; y: string } | undefined {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return undefined
    const { kty, crv, x, y } = value as Record<string, unknown>
    return typeof kty === 'string' &&
      typeof crv === 'string' &&
      typeof x === 'string' &&
      typeof y === 'string'
      ? { kty, crv, x, y }
      : undefined
  } catch {
    return undefined
  }
}

function Devices({ partnerId }: { partnerId: string }) {
  const { t } = useI18n(verificationMessages)
  const init = { params: { path: { id: partnerId } } }
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/verification/partners/{id}/devices', init),
  )
  const [name, setName] = useState('')
  const [key, setKey] = useState('')
  const [errors, setErrors] = useState<{ name?: string; key?: string }>({})
  const [done, setDone] = useState<string>()
  const register = platformQuery.useMutation('post', '/api/v1/verification/partners/{id}/devices')
  const revoke = platformQuery.useMutation(
    'delete',
    '/api/v1/verification/partners/{id}/devices/{deviceId}',
  )
  const busy = register.isPending || revoke.isPending
  const failure = register.error ?? revoke.error
  const start = () => {
    setDone(undefined)
    register.reset()
    revoke.reset()
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const publicJwk = readJwk(key)
    const found: typeof errors = {}
    if (!name.trim()) found.name = t('devices.nameRequired')
    if (!publicJwk) found.key = t('devices.keyInvalid')
    setErrors(found)
    if (found.name || !publicJwk) {
      document.getElementById(found.name ? 'device-name' : 'device-key')?.focus()
      return
    }
    start()
    register.mutate(
      { ...init, body: { name: name.trim(), publicJwk } },
      {
        onSuccess: (device) => {
          setDone(t('devices.registered', { name: device.name, id: device.id }))
          setName('')
          setKey('')
          reload()
        },
      },
    )
  }

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="devices-title">
      <Title order={2} id="devices-title" mb="xs">
        {t('devices.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('devices.intro')}
      </Text>
      {done ? <Notice kind="success">{done}</Notice> : null}
      {failure ? <ErrorMessage error={failure} focus /> : null}
      <Loaded
        loaded={{ state, reload }}
        empty={<Text fs="italic">{t('devices.none')}</Text>}
        isEmpty={(data) => data.devices.length === 0}
      >
        {(data) => (
          <List spacing="xs" my="sm">
            {data.devices.map((device) => (
              <List.Item key={device.id}>
                <Stack gap={2}>
                  <Text span fw={600} translate="no">
                    {device.name}
                  </Text>
                  <Text span size="sm">
                    {t('devices.id')}: <Mono>{device.id}</Mono>
                  </Text>
                  {device.revokedAt ? (
                    <Text span size="sm">
                      {t('devices.revokedAt', { at: formatDateTime(device.revokedAt) })}
                    </Text>
                  ) : (
                    <div>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        disabled={busy}
                        onClick={() => {
                          start()
                          revoke.mutate(
                            { params: { path: { id: partnerId, deviceId: device.id } } },
                            {
                              onSuccess: () => {
                                setDone(t('devices.revoked', { name: device.name }))
                                reload()
                              },
                            },
                          )
                        }}
                      >
                        {t('devices.revoke', { name: device.name })}
                      </Button>
                    </div>
                  )}
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
      </Loaded>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" mt="sm">
          <Field
            id="device-name"
            label={t('devices.name')}
            maxLength={120}
            autoComplete="off"
            value={name}
            error={errors.name}
            onChange={(e) => {
              setName(e.target.value)
            }}
          />
          <Textarea
            id="device-key"
            label={t('devices.key')}
            description={t('devices.keyHint')}
            inputWrapperOrder={['label', 'description', 'error', 'input']}
            error={errors.key}
            autosize
            minRows={3}
            spellCheck={false}
            translate="no"
            value={key}
            onChange={(e) => {
              setKey(e.currentTarget.value)
            }}
          />
          <div>
            <Button type="submit" variant="default" disabled={busy}>
              {t('devices.register')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  )
}
