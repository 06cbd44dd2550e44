import { NativeSelect, Paper, Stack, Text, Title, Button } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import { CommunePicker } from '../../components/CommunePicker'
import { Field } from '../../components/Field'
import { UnitName } from '../../components/Place'
import { useRequirement } from '../../components/Requirement'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { PARTNER_KINDS, kindLabel, type PartnerKind } from './kinds'
import { verificationMessages } from './messages'
import { PlainList } from '../../components/PlainList'

/** The officers who onboard partners: the partners of their area, and a new one. */
export default function PartnersPage() {
  const { t } = useI18n(verificationMessages)
  usePageTitle(t('partners.title'))
  const requirement = useRequirement({
    permission: 'verification.partners.manage',
    who: 'need.who.partnerAdmin',
  })
  return (
    <Stack gap="md" maw="40rem">
      <Title order={1}>{t('partners.title')}</Title>
      {requirement.blocked ? requirement.notice : <Partners />}
    </Stack>
  )
}

type Errors = Partial<Record<'kind' | 'name' | 'communeCode', string>>

function Partners() {
  const { t } = useI18n(verificationMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/verification/partners'),
  )
  const [kind, setKind] = useState<PartnerKind | ''>('')
  const [name, setName] = useState('')
  const [communeCode, setCommuneCode] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [registered, setRegistered] = useState<string>()
  const register = platformQuery.useMutation('post', '/api/v1/verification/partners')

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const found: Errors = {}
    if (!kind) found.kind = t('partners.kindRequired')
    if (!name.trim()) found.name = t('partners.nameRequired')
    if (!communeCode) found.communeCode = t('partners.communeRequired')
    setErrors(found)
    const first = Object.keys(found)[0]
    if (first || !kind) {
      document.getElementById(`partner-${first}`)?.focus()
      return
    }
    setRegistered(undefined)
    register.mutate(
      { body: { kind, name: name.trim(), communeCode } },
      {
        onSuccess: (partner) => {
          setRegistered(partner.name)
          setName('')
          reload()
        },
      },
    )
  }

  return (
    <>
      <Text>{t('partners.intro')}</Text>
      <Paper component="form" withBorder p="md" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2}>{t('partners.new')}</Title>
          <NativeSelect
            id="partner-kind"
            label={t('partners.kind')}
            value={kind}
            error={errors.kind}
            data={[
              { value: '', label: t('partners.kindChoose') },
              ...PARTNER_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) })),
            ]}
            onChange={(e) => {
              setKind(e.currentTarget.value as PartnerKind | '')
            }}
          />
          <Field
            id="partner-name"
            label={t('partners.name')}
            maxLength={200}
            autoComplete="off"
            value={name}
            error={errors.name}
            onChange={(e) => {
              setName(e.target.value)
            }}
          />
          <CommunePicker
            id="partner-communeCode"
            label={t('partners.commune')}
            value={communeCode}
            error={errors.communeCode}
            onChange={setCommuneCode}
          />
          {registered ? (
            <Notice kind="success">{t('partners.registered', { name: registered })}</Notice>
          ) : null}
          {register.error ? <ErrorMessage error={register.error} focus /> : null}
          <div>
            <Button type="submit" loading={register.isPending}>
              {t('partners.register')}
            </Button>
          </div>
        </Stack>
      </Paper>
      <Title order={2}>{t('partners.list')}</Title>
      <Loaded
        loaded={{ state, reload }}
        empty={<Text>{t('partners.empty')}</Text>}
        isEmpty={(data) => data.partners.length === 0}
      >
        {(data) => (
          <PlainList gap="xs">
            {data.partners.map((p) => (
              <Paper key={p.id} component="li" withBorder p="sm">
                <Link to={`/officer/partners/${p.id}`}>
                  <span translate="no">{p.name}</span>
                </Link>
                <Text size="sm">
                  {kindLabel(t, p.kind)} · <UnitName code={p.communeCode} />
                </Text>
              </Paper>
            ))}
          </PlainList>
        )}
      </Loaded>
    </>
  )
}
