import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { Link, signInHref, useLocation } from '../../app/router'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/messages'

const SERVICES: { to: string; name: MessageKey; text: MessageKey }[] = [
  { to: '/me', name: 'nav.myRecord', text: 'home.recordText' },
  { to: '/me/qr', name: 'nav.myQr', text: 'home.qrText' },
  { to: '/me/access-log', name: 'nav.accessLog', text: 'home.accessLogText' },
  { to: '/me/stays', name: 'nav.myStays', text: 'home.myStaysText' },
  { to: '/establishment', name: 'nav.establishment', text: 'home.establishmentText' },
]

export default function HomePage() {
  const { t } = useI18n()
  const session = useSession()
  const signInError = useLocation().query.get('signInError')
  usePageTitle(t('home.title'))
  return (
    <Stack gap="lg">
      {signInError ? (
        <Notice kind="warning">
          {signInError === 'access_denied' ? t('home.signInDenied') : t('home.signInError')}
        </Notice>
      ) : null}
      <Stack component="section" gap="md" pt="md">
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg" maw="40rem">
          {t('home.lead')}
        </Text>
        <Group gap="sm">
          {session.status === 'signed-in' ? (
            <Button component={Link} to="/me">
              {t('home.goToRecord')}
            </Button>
          ) : (
            <>
              <Button component="a" href={signInHref('/me')}>
                {t('nav.signIn')}
              </Button>
              <Button component={Link} to="/sign-up" variant="default">
                {t('home.signUp')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
      <section aria-labelledby="home-services">
        <Title order={2} id="home-services" mb="sm">
          {t('home.servicesTitle')}
        </Title>
        <SimpleGrid
          component="ul"
          cols={{ base: 1, xs: 2, md: 3 }}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {SERVICES.map((service) => (
            <Paper component="li" key={service.to} withBorder p="md">
              <Title order={3} size="h4" mb={4}>
                <Anchor component={Link} to={service.to}>
                  {t(service.name)}
                </Anchor>
              </Title>
              <Text c="dimmed">{t(service.text)}</Text>
            </Paper>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  )
}
