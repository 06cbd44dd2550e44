import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core'
import { platformQuery, ApiError } from '../../api/client'
import { Link, navigate, signInHref, useLocation } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { useSession } from '../../app/session'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { inLanguage } from './labels'
import { servicesMessages } from './messages'
import { ServiceFacts } from './ServiceFacts'
import { ServiceForm } from './ServiceForm'
import type { Receipt, ServiceDetail } from './types'

/** Why the form cannot be shown to this person, said with what to do about it. */
function FormRefusal({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n(servicesMessages)
  if (error instanceof ApiError && error.code === 'SERVICE_EID_LEVEL_TOO_LOW') {
    const levels = (error.details ?? {}) as { required?: number; held?: number }
    return (
      <Alert
        color="yellow"
        role="alert"
        title={t('service.eidTooLow', {
          required: levels.required ?? 2,
          held: levels.held ?? 1,
        })}
      >
        {t('service.eidHow')}
      </Alert>
    )
  }
  if (error instanceof ApiError && error.code === 'SERVICE_APPLICANT_NOT_REGISTERED')
    return (
      <Alert color="yellow" role="alert">
        {t('service.notRegistered')}
      </Alert>
    )
  return <ErrorMessage error={error} onRetry={onRetry} />
}

/** The form for a signed-in resident: filled from the registry, with their draft. */
function SignedInForm({
  service,
  kiosk,
  onFiled,
}: {
  service: ServiceDetail
  kiosk: boolean
  onFiled: (receipt: Receipt) => void
}) {
  const { state, reload } = useLoaded(
    platformQuery.useQuery(
      'get',
      '/api/v1/services/catalogue/{code}/form',
      { params: { path: { code: service.code } } },
      // A draft is read once per visit: refetching would put an older state over what is typed.
      { retry: false, refetchOnWindowFocus: false, staleTime: Infinity, gcTime: 0 },
    ),
  )
  return (
    <Loaded
      loaded={{ state, reload }}
      error={(error) => <FormRefusal error={error} onRetry={reload} />}
    >
      {(data) => <ServiceForm service={service} start={data} kiosk={kiosk} onFiled={onFiled} />}
    </Loaded>
  )
}

/**
 * A service and its form. Anyone reads what it is; a signed-in resident files it. `kiosk` draws
 * it for the kiosk's touch screen and hands the receipt to `onFiled` instead of leaving the page.
 */
export function ServiceView({
  code,
  kiosk = false,
  onFiled,
}: {
  code: string
  kiosk?: boolean
  onFiled: (receipt: Receipt) => void
}) {
  const { t, language } = useI18n(servicesMessages)
  const session = useSession()
  const { path } = useLocation()
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/services/catalogue/{code}', {
      params: { path: { code } },
    }),
  )
  const name = state.status === 'ok' ? inLanguage(state.data.name, language) : t('services.title')
  usePageTitle(name)
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  const service = state.data
  return (
    <Stack gap="md">
      <Anchor
        component={Link}
        to={kiosk ? '/kiosk/services' : '/services'}
        size={kiosk ? 'xl' : 'sm'}
      >
        {kiosk ? t('kiosk.services.back') : t('service.back')}
      </Anchor>
      <Title order={1}>{name}</Title>
      <ServiceFacts service={service} />
      {session.status === 'checking' ? <Loading /> : null}
      {session.status === 'signed-in' ? (
        <SignedInForm service={service} kiosk={kiosk} onFiled={onFiled} />
      ) : null}
      {session.status === 'anonymous' || session.status === 'unknown' ? (
        <Alert color="blue" role="status">
          <Stack gap="sm" align="flex-start">
            <Text inherit>{t('service.signInIntro')}</Text>
            <Button
              component="a"
              href={kiosk ? '/kiosk' : signInHref(path)}
              size={kiosk ? 'xl' : 'md'}
            >
              {kiosk ? t('kiosk.services.signIn') : t('service.signIn')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  )
}

export default function ServicePage({ params }: PageProps) {
  const code = params.code ?? ''
  return (
    <ServiceView
      key={code}
      code={code}
      onFiled={(receipt) => {
        navigate(`/services/dossiers/${encodeURIComponent(receipt.code)}?filed=1`)
      }}
    />
  )
}
