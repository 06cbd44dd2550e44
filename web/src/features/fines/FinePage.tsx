import {
  Alert,
  Anchor,
  Button,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useNotifyDone } from '../../components/useNotify'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { AppealForm } from './AppealForm'
import { FineFacts, FineStatus, type Violation } from './fineFacts'
import { finesMessages } from './messages'
import { PaySection } from './PaySection'

function Evidence({ violation }: { violation: Violation }) {
  const { t } = useI18n(finesMessages)
  const ordinals = Array.from({ length: violation.evidenceCount }, (_, i) => i + 1)
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="fine-evidence">
      <Stack gap="sm">
        <Title order={2} size="h4" id="fine-evidence">
          {t('detail.evidence')}
        </Title>
        {ordinals.length ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {ordinals.map((ordinal) => (
              <Image
                key={ordinal}
                radius="sm"
                src={`/api/v1/fines/violations/${encodeURIComponent(violation.id)}/evidence/${ordinal}`}
                alt={t('detail.evidenceAlt', { ordinal, plate: violation.plate })}
              />
            ))}
          </SimpleGrid>
        ) : (
          <Text>{t('detail.noEvidence')}</Text>
        )}
      </Stack>
    </Paper>
  )
}

function ConfirmButton({ violation, onDone }: { violation: Violation; onDone: () => void }) {
  const { t } = useI18n(finesMessages)
  const done = useNotifyDone()
  const confirm = platformQuery.useMutation('post', '/api/v1/fines/violations/{id}/confirm', {
    onSuccess: () => {
      done(t('detail.confirmedDone'))
      onDone()
    },
  })
  if (violation.confirmedAt) return <Text>{t('detail.confirmed')}</Text>
  return (
    <Stack gap="xs">
      {confirm.error ? <ErrorMessage error={confirm.error} /> : null}
      <Button
        variant="default"
        loading={confirm.isPending}
        style={{ alignSelf: 'flex-start' }}
        onClick={() => {
          confirm.mutate({ params: { path: { id: violation.id } } })
        }}
      >
        {t('detail.confirm')}
      </Button>
    </Stack>
  )
}

/** One violation of the resident's vehicle: the pictures, and confirming, appealing or paying. */
export default function FinePage({ params }: PageProps) {
  const { t, language } = useI18n(finesMessages)
  usePageTitle(t('list.title'))
  const id = params.id ?? ''
  const queryClient = useQueryClient()
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/fines/violations/{id}', { params: { path: { id } } }),
  )
  const refresh = () => {
    void queryClient.invalidateQueries()
  }
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/me/fines" size="sm">
        {t('detail.back')}
      </Anchor>
      <Loaded loaded={{ state, reload }}>
        {(violation) => {
          const open = violation.status === 'notified' || violation.status === 'confirmed'
          return (
            <>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Title order={1}>
                  {language === 'en' ? violation.article.en : violation.article.vi}
                </Title>
                <FineStatus violation={violation} />
              </Group>
              <FineFacts violation={violation} />
              <Evidence violation={violation} />
              {open ? <ConfirmButton violation={violation} onDone={refresh} /> : null}
              {violation.appeal?.status === 'pending' ? (
                <Alert color="blue">{t('appeal.pending')}</Alert>
              ) : null}
              {open || violation.status === 'paid' ? (
                <PaySection violation={violation} onPaid={refresh} />
              ) : null}
              {open && violation.canAppeal ? (
                <AppealForm violationId={violation.id} onDone={refresh} />
              ) : null}
            </>
          )
        }}
      </Loaded>
    </Stack>
  )
}
