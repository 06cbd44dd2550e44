import { Suspense, useEffect, useRef } from 'react'
import { useI18n } from '../i18n/i18n'
import type { Language } from '../i18n/messages'
import { Loading } from '../components/Status'
import { usePageTitle } from '../components/usePageTitle'
import { ErrorBoundary } from './ErrorBoundary'
import { Link, matchPath, signInHref, useLocation } from './router'
import { ROUTES, type Area, type RouteEntry } from './routes'
import { useSession } from './session'
import { SignOutButton } from './SignOutButton'

function LanguageSwitch() {
  const { language, setLanguage } = useI18n()
  const other: Language = language === 'vi' ? 'en' : 'vi'
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      translate="no"
      onClick={() => {
        setLanguage(other)
      }}
    >
      {other === 'en' ? 'English' : 'Tiếng Việt'}
    </button>
  )
}

function Navigation({ area, path }: { area: Area; path: string }) {
  const { t } = useI18n()
  const links =
    area === 'officer'
      ? [
          { to: '/officer', label: t('nav.officerSearch') },
          { to: '/officer/units', label: t('nav.units') },
        ]
      : [
          { to: '/me', label: t('nav.myRecord') },
          { to: '/me/qr', label: t('nav.myQr') },
          { to: '/me/access-log', label: t('nav.accessLog') },
        ]
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-links">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} aria-current={path === link.to ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function SessionAction({ path }: { path: string }) {
  const { t } = useI18n()
  const session = useSession()
  if (session.status === 'signed-in') return <SignOutButton />
  if (session.status === 'checking') return null
  return (
    <a className="button button-small" href={signInHref(path === '/' ? '/me' : path)}>
      {t('nav.signIn')}
    </a>
  )
}

function NotFound() {
  const { t } = useI18n()
  usePageTitle(t('notFound.title'))
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/" className="button">
        {t('nav.home')}
      </Link>
    </>
  )
}

function findRoute(
  path: string,
): { route: RouteEntry; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path)
    if (params) return { route, params }
  }
  return undefined
}

export function App() {
  const { t } = useI18n()
  const { path } = useLocation()
  const found = findRoute(path)
  const area: Area = found?.route.area ?? 'citizen'
  const main = useRef<HTMLElement>(null)
  const firstPath = useRef(path)

  // After navigating inside the app, focus goes to the new page, as a full load would put it.
  useEffect(() => {
    if (path !== firstPath.current) {
      firstPath.current = ''
      main.current?.focus()
      window.scrollTo(0, 0)
    }
  }, [path])

  const Page = found?.route.page
  const content = (
    <ErrorBoundary key={path}>
      <Suspense fallback={<Loading />}>
        {Page ? <Page params={found.params} /> : <NotFound />}
      </Suspense>
    </ErrorBoundary>
  )

  if (area === 'kiosk') {
    return (
      <main id="main" className="kiosk" ref={main} tabIndex={-1}>
        {content}
      </main>
    )
  }

  return (
    <div className={`layout layout-${area}`}>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to={area === 'officer' ? '/officer' : '/'} className="brand">
            <span className="brand-mark" aria-hidden="true">
              ★
            </span>
            <span>
              Công Dân Số
              {area === 'officer' ? (
                <span className="brand-area"> · {t('nav.officerArea')}</span>
              ) : null}
            </span>
          </Link>
          <div className="header-actions">
            <LanguageSwitch />
            {area === 'sso' ? null : <SessionAction path={path} />}
          </div>
        </div>
        {area === 'sso' ? null : <Navigation area={area} path={path} />}
      </header>
      <main id="main" ref={main} tabIndex={-1} className="content">
        {content}
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
        {area === 'sso' ? null : (
          <p>
            <Link to="/officer">{t('nav.officerArea')}</Link> ·{' '}
            <Link to="/kiosk">{t('nav.kiosk')}</Link> ·{' '}
            <Link to="/open-data">{t('nav.openData')}</Link> ·{' '}
            <a href="/api/docs">{t('nav.apiDocs')}</a>
          </p>
        )}
      </footer>
    </div>
  )
}
