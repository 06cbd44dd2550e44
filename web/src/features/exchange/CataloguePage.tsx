import { Button, Checkbox, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import { useRequirement } from '../../components/Requirement'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { exchangeMessages } from './messages'
import { Data, MemberChoice, ServiceCard, useMyMembers, type Member, type Service } from './shared'
import { PlainList } from '../../components/PlainList'

/** The services a member's administrator may ask for, each with its request form. */
export default function CataloguePage() {
  const { t } = useI18n(exchangeMessages)
  usePageTitle(t('catalogue.title'))
  const requirement = useRequirement({
    permission: 'exchange.grants',
    who: 'need.who.exchangeMember',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('catalogue.title')}</Title>
      <Text>{t('catalogue.intro')}</Text>
      {requirement.blocked ? requirement.notice : <Members />}
    </Stack>
  )
}

function Members() {
  const { t } = useI18n(exchangeMessages)
  const mine = useMyMembers()
  return (
    <Loaded
      loaded={mine}
      empty={
        <Notice kind="warning">
          <Text inherit>{t('catalogue.noMember')}</Text>
        </Notice>
      }
    >
      {(members) => <Catalogue members={members} />}
    </Loaded>
  )
}

function Catalogue({ members }: { members: Member[] }) {
  const { t } = useI18n(exchangeMessages)
  const [member, setMember] = useState(members[0]!.code)
  const list = useLoaded(
    platformQuery.useQuery('get', '/api/v1/exchange/catalogue', {
      params: { query: { member } },
    }),
  )
  return (
    <>
      <MemberChoice id="catalogue-member" members={members} value={member} onChange={setMember} />
      <Loaded loaded={list} empty={<Text>{t('catalogue.empty')}</Text>}>
        {(data) => (
          <PlainList gap="sm">
            {data.map((s) => (
              <ServiceCard key={s.id} service={s}>
                <RequestAccess service={s} consumerCode={member} />
              </ServiceCard>
            ))}
          </PlainList>
        )}
      </Loaded>
    </>
  )
}

/** Vietnam keeps +07:00 all year: the end of a day there is one instant. */
const endOfVietnamDay = (date: string) => new Date(`${date}T23:59:59+07:00`).toISOString()

function RequestAccess({ service, consumerCode }: { service: Service; consumerCode: string }) {
  const { t } = useI18n(exchangeMessages)
  const [isOpen, setOpen] = useState(false)
  const [purposes, setPurposes] = useState<string[]>(
    service.purposes.length === 1 ? [service.purposes[0]!.code] : [],
  )
  const [attributes, setAttributes] = useState<string[]>([])
  const [reason, setReason] = useState('')
  const [until, setUntil] = useState('')
  const send = useMutation({
    mutationFn: async () => {
      await platform.POST('/api/v1/exchange/grants', {
        body: {
          consumerCode,
          serviceId: service.id,
          purposes,
          attributes,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          ...(until ? { expiresAt: endOfVietnamDay(until) } : {}),
        },
      })
    },
  })
  const id = `request-${service.id}`
  if (send.isSuccess)
    return (
      <Notice kind="success">
        <Text inherit>{t('request.sent')}</Text>
      </Notice>
    )
  if (!isOpen)
    return (
      <Button
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={false}
        onClick={() => {
          setOpen(true)
        }}
      >
        {t('request.open')}
      </Button>
    )
  return (
    <form
      aria-label={t('request.open')}
      onSubmit={(e) => {
        e.preventDefault()
        if (purposes.length) send.mutate()
      }}
    >
      <Stack gap="sm">
        <Checkbox.Group
          id={`${id}-purposes`}
          label={t('request.purposes')}
          value={purposes}
          onChange={setPurposes}
          required
          error={purposes.length ? undefined : t('request.needPurpose')}
        >
          <Stack gap="xs" mt="xs">
            {service.purposes.map((p) => (
              <Checkbox key={p.code} value={p.code} label={<Data>{p.name}</Data>} />
            ))}
          </Stack>
        </Checkbox.Group>
        {service.attributes.length ? (
          <Checkbox.Group
            id={`${id}-attributes`}
            label={t('request.attributes')}
            value={attributes}
            onChange={setAttributes}
          >
            <Group gap="md" mt="xs">
              {service.attributes.map((a) => (
                <Checkbox key={a} value={a} label={<Data>{a}</Data>} />
              ))}
            </Group>
          </Checkbox.Group>
        ) : null}
        <Textarea
          id={`${id}-reason`}
          label={t('request.reason')}
          value={reason}
          maxLength={1000}
          required
          autosize
          minRows={2}
          onChange={(e) => {
            setReason(e.currentTarget.value)
          }}
        />
        <TextInput
          id={`${id}-until`}
          type="date"
          label={t('request.expires')}
          value={until}
          onChange={(e) => {
            setUntil(e.currentTarget.value)
          }}
        />
        <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('request.submit')}
        </Button>
        {send.error ? <ErrorMessage error={send.error} /> : null}
      </Stack>
    </form>
  )
}
