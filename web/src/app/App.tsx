import { Suspense, useEffect, useRef } from 'react'
import {
  Anchor,
  AppShell,
  Box,
  Burger,
  Button,
  Group,
  NavLink,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { useDisclosure } from '@mantine/hooks'
import { Outlet, useRouter, useRouterState } from '@tanstack/react-router'
import 'dayjs/locale/vi'
import { useI18n } from '../i18n/i18n'
import type { Language } from '../i18n/messages'
import { Loading } from '../components/Status'
import { usePageTitle } from '../components/usePageTitle'
import { ErrorBoundary } from './ErrorBoundary'
import { Link, signInHref, useLocation } from './router'
import type { Area, RouteInfo } from './routing'
import { allowedRoutes } from './access'
import { useFirstDayOfWeek } from './preferences'
import { useSession } from './session'
import { SignOutButton } from './SignOutButton'

function LanguageSwitch() {
  const { language, setLanguage } = useI18n()
  const other: Language = language === 'vi' ? 'en' : 'vi'
  return (
    <Button
      type="button"
      variant="outline"
      color="white"
      radius="xl"
      size="compact-sm"
      fw={400}
      lang={other}
      translate="no"
      onClick={() => {
        setLanguage(other)
      }}
    >
      {other === 'en' ? 'English' : 'Tiếng Việt'}
    </Button>
  )
}

/** The routes this person may use, by area while nobody is signed in (as the shell always had). */
function Navigation({ area, path, onFollow }: { area: Area; path: string; onFollow: () => void }) {
  const { t } = useI18n()
  const session = useSession()
  const router = useRouter()
  const links = allowedRoutes(router, session, area)
    .filter((route) => route.info.nav)
    .sort((a, b) => a.info.nav!.order - b.info.nav!.order)
  return (
    <Stack component="ul" gap={2} p="xs" m={0} style={{ listStyle: 'none' }}>
      {links.map(({ path: to, info }) => (
        <li key={to}>
          <NavLink
            component={Link}
            to={to}
            label={t(info.nav!.label)}
            active={path === to}
            aria-current={path === to ? 'page' : undefined}
            fw={path === to ? 600 : undefined}
            onClick={onFollow}
          />
        </li>
      ))}
    </Stack>
  )
}

function SessionAction({ path }: { path: string }) {
  const { t } = useI18n()
  const session = useSession()
  if (session.status === 'signed-in') return <SignOutButton />
  if (session.status === 'checking') return null
  // From the home page, sign-in returns to /start, which takes each person to their own console.
  return (
    <Button
      component="a"
      variant="white"
      color="var(--red)"
      size="compact-sm"
      href={signInHref(path === '/' ? '/start' : path)}
    >
      {t('nav.signIn')}
    </Button>
  )
}

export function NotFound() {
  const { t } = useI18n()
  usePageTitle(t('notFound.title'))
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Button component={Link} to="/">
        {t('nav.home')}
      </Button>
    </Stack>
  )
}

/** The area of the page shown: its deepest matched route's, else the citizen's. */
function useArea(): Area {
  return useRouterState({
    select: (state) => {
      const info: RouteInfo | undefined = state.matches.at(-1)?.staticData.info
      return info?.area ?? 'citizen'
    },
  })
}

/** The app's shell: header, navigation by role, the page, the footer (web/src/app/routing.tsx). */
export function App() {
  const { t, language } = useI18n()
  const firstDayOfWeek = useFirstDayOfWeek()
  const { path } = useLocation()
  const area = useArea()
  const main = useRef<HTMLElement>(null)
  const firstPath = useRef(path)
  const [opened, { toggle, close }] = useDisclosure(false)

  // After navigating inside the app, focus goes to the new page, as a full load would put it.
  useEffect(() => {
    if (path !== firstPath.current) {
      firstPath.current = ''
      main.current?.focus()
      window.scrollTo(0, 0)
    }
  }, [path])

  const content = (
    <DatesProvider settings={{ locale: language, firstDayOfWeek }}>
      <ErrorBoundary key={path}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </DatesProvider>
  )

  if (area === 'kiosk') {
    return (
      <main id="main" className="kiosk" ref={main} tabIndex={-1}>
        {content}
      </main>
    )
  }

  const withNav = area !== 'sso'
  return (
    <AppShell
      header={{ height: 'var(--shell-header-height)' }}
      navbar={
        withNav ? { width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined
      }
      padding={0}
      // No sliding: a page resized to a phone's width must fit at once, not after the navbar's offset
      // has animated away.
      transitionDuration={0}
    >
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header bg="var(--red)" c="white" withBorder={false}>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            {withNav ? (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                color="#fff"
                aria-label={t('nav.menu')}
                aria-expanded={opened}
                aria-controls="site-navigation"
              />
            ) : null}
            <Anchor
              component={Link}
              to={area === 'officer' ? '/officer' : '/'}
              c="white"
              fw={600}
              fz={{ base: 'md', xs: 'lg' }}
              underline="never"
              style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}
            >
              <Text span c="#ffd94a" fz="xl" aria-hidden="true">
                ★
              </Text>
              <span>
                Công Dân Số
                {area === 'officer' ? (
                  <Text span inherit fw={400} visibleFrom="xs">
                    {' '}
                    · {t('nav.officerArea')}
                  </Text>
                ) : null}
              </span>
            </Anchor>
          </Group>
          <Group gap={6} wrap="nowrap">
            <LanguageSwitch />
            {withNav ? <SessionAction path={path} /> : null}
          </Group>
        </Group>
      </AppShell.Header>
      {withNav ? (
        <AppShell.Navbar
          component="nav"
          id="site-navigation"
          aria-label={t('nav.label')}
          className="site-nav"
        >
          <Navigation area={area} path={path} onFollow={close} />
        </AppShell.Navbar>
      ) : null}
      <AppShell.Main id="main" ref={main} tabIndex={-1}>
        <Box maw="60rem" mx="auto" px="md" pt="md" pb="xl">
          {content}
        </Box>
      </AppShell.Main>
      <Box
        component="footer"
        fz="sm"
        c="dimmed"
        pt="md"
        pr="md"
        pb="lg"
        pl="calc(var(--app-shell-navbar-offset, 0rem) + 1rem)"
        style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}
      >
        <Text inherit my={4}>
          {t('footer.text')}
        </Text>
        {withNav ? (
          <Text inherit my={4}>
            <Link to="/officer">{t('nav.officerArea')}</Link> ·{' '}
            <Link to="/kiosk">{t('nav.kiosk')}</Link> ·{' '}
            <Link to="/open-data">{t('nav.openData')}</Link> ·{' '}
            <Link to="/sellers">{t('nav.sellers')}</Link> ·{' '}
            <Link to="/preferences">{t('nav.preferences')}</Link> ·{' '}
            <a href="/api/docs">{t('nav.apiDocs')}</a>
          </Text>
        ) : null}
      </Box>
    </AppShell>
  )
}
