import { Button, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import { Fact, Facts } from '../../components/Facts'
import { useRequirement } from '../../components/Requirement'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useNotifyDone } from '../../components/useNotify'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { exchangeMessages } from './messages'
import { Data, memberTypeKey, type Member } from './shared'
import { PlainList } from '../../components/PlainList'

const MEMBER_TYPES = [
  'agency',
  'hospital',
  'bank',
  'school',
  'notary',
  'pawnshop',
  'marketplace',
  'other',
] as const

/** The platform administrator's register of the exchange's members. */
export default function MembersPage() {
  const { t } = useI18n(exchangeMessages)
  usePageTitle(t('members.title'))
  const requirement = useRequirement({
    permission: 'exchange.manage',
    who: 'need.who.exchangeAdmin',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('members.title')}</Title>
      <Text>{t('members.intro')}</Text>
      {requirement.blocked ? requirement.notice : <Register />}
    </Stack>
  )
}

function Register() {
  const { t } = useI18n(exchangeMessages)
  const list = useLoaded(platformQuery.useQuery('get', '/api/v1/exchange/members'))
  return (
    <>
      <NewMember onCreated={list.reload} />
      <Title order={2}>{t('members.list.title')}</Title>
      <Loaded loaded={list} empty={<Text>{t('members.list.empty')}</Text>}>
        {(data) => (
          <PlainList gap="sm">
            {data.map((m) => (
              <MemberCard key={m.code} member={m} />
            ))}
          </PlainList>
        )}
      </Loaded>
    </>
  )
}

const trimmed = (value: string) => (value.trim() ? value.trim() : undefined)

function NewMember({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n(exchangeMessages)
  const notify = useNotifyDone()
  const [form, setForm] = useState({
    code: '',
    name: '',
    type: 'agency',
    unitCode: '',
    contact: '',
    email: '',
    phone: '',
  })
  const set = (key: keyof typeof form) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }))
  }
  const create = useMutation({
    mutationFn: async () => {
      const contact = trimmed(form.contact)
      const email = trimmed(form.email)
      const phone = trimmed(form.phone)
      const unitCode = trimmed(form.unitCode)
      await platform.POST('/api/v1/exchange/members', {
        body: {
          code: form.code.trim(),
          name: form.name.trim(),
          type: form.type as (typeof MEMBER_TYPES)[number],
          ...(unitCode ? { unitCode } : {}),
          contacts: contact
            ? [{ name: contact, ...(email ? { email } : {}), ...(phone ? { phone } : {}) }]
            : [],
        },
      })
    },
    onSuccess: () => {
      notify(t('members.registered'))
      setForm({
        code: '',
        name: '',
        type: 'agency',
        unitCode: '',
        contact: '',
        email: '',
        phone: '',
      })
      onCreated()
    },
  })
  const input = (key: keyof typeof form, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      id={`member-${key}`}
      label={label}
      value={form[key]}
      onChange={(e) => {
        set(key)(e.currentTarget.value)
      }}
      {...extra}
    />
  )
  return (
    <Paper withBorder p="md">
      <form
        aria-labelledby="member-form-title"
        onSubmit={(e) => {
          e.preventDefault()
          create.mutate()
        }}
      >
        <Stack gap="sm">
          <Title order={2} id="member-form-title">
            {t('members.form.title')}
          </Title>
          {input('code', t('members.form.code'), {
            description: t('members.form.codeHint'),
            required: true,
            maxLength: 32,
            pattern: '[A-Za-z0-9][A-Za-z0-9_.\\-]{0,31}',
            translate: 'no',
          })}
          {input('name', t('members.form.name'), { required: true, maxLength: 200 })}
          <Select
            id="member-type"
            label={t('members.form.type')}
            data={MEMBER_TYPES.map((type) => ({ value: type, label: t(memberTypeKey(type)) }))}
            value={form.type}
            onChange={(v) => {
              if (v) set('type')(v)
            }}
            allowDeselect={false}
            required
          />
          {input('unitCode', t('members.form.unit'), {
            inputMode: 'numeric',
            pattern: '\\d{2,5}',
            maxLength: 5,
          })}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {input('contact', t('members.form.contact'), { maxLength: 200 })}
            {input('email', t('members.form.email'), { type: 'email', maxLength: 200 })}
            {input('phone', t('members.form.phone'), { type: 'tel', maxLength: 16 })}
          </SimpleGrid>
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('members.form.submit')}
          </Button>
          {create.error ? <ErrorMessage error={create.error} /> : null}
        </Stack>
      </form>
    </Paper>
  )
}

function MemberCard({ member }: { member: Member }) {
  const { t } = useI18n(exchangeMessages)
  return (
    <Paper component="li" withBorder p="md" data-member={member.code}>
      <Stack gap="xs">
        <Text fw={600}>
          <Data>
            {member.code} · {member.name}
          </Data>
        </Text>
        <Facts>
          <Fact term={t('members.form.type')}>{t(memberTypeKey(member.type))}</Fact>
          {member.unitCode ? (
            <Fact term={t('members.unit')} translate="no">
              {member.unitCode}
            </Fact>
          ) : null}
          {member.contacts.length ? (
            <Fact term={t('members.contacts')} translate="no">
              {member.contacts
                .map((c) => [c.name, c.email, c.phone].filter(Boolean).join(', '))
                .join('; ')}
            </Fact>
          ) : null}
          <Fact term={t('members.since')}>{formatDateTime(member.createdAt)}</Fact>
        </Facts>
      </Stack>
    </Paper>
  )
}
