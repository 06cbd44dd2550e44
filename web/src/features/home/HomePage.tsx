import { Link, signInHref, useLocation } from '../../app/router'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'

export default function HomePage() {
  const { t } = useI18n()
  const session = useSession()
  const signInError = useLocation().query.get('signInError')
  usePageTitle(t('home.title'))
  return (
    <>
      {signInError ? (
        <Notice kind="warning">
          {signInError === 'access_denied' ? t('home.signInDenied') : t('home.signInError')}
        </Notice>
      ) : null}
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <div className="actions">
          {session.status === 'signed-in' ? (
            <Link to="/me" className="button">
              {t('home.goToRecord')}
            </Link>
          ) : (
            <>
              <a className="button" href={signInHref('/me')}>
                {t('nav.signIn')}
              </a>
              <Link to="/sign-up" className="button button-secondary">
                {t('home.signUp')}
              </Link>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="home-services">
        <h2 id="home-services">{t('home.servicesTitle')}</h2>
        <ul className="cards">
          <li className="card">
            <h3>
              <Link to="/me">{t('nav.myRecord')}</Link>
            </h3>
            <p>{t('home.recordText')}</p>
          </li>
          <li className="card">
            <h3>
              <Link to="/me/qr">{t('nav.myQr')}</Link>
            </h3>
            <p>{t('home.qrText')}</p>
          </li>
          <li className="card">
            <h3>
              <Link to="/me/access-log">{t('nav.accessLog')}</Link>
            </h3>
            <p>{t('home.accessLogText')}</p>
          </li>
          <li className="card">
            <h3>
              <Link to="/me/stays">{t('nav.myStays')}</Link>
            </h3>
            <p>{t('home.myStaysText')}</p>
          </li>
          <li className="card">
            <h3>
              <Link to="/establishment">{t('nav.establishment')}</Link>
            </h3>
            <p>{t('home.establishmentText')}</p>
          </li>
        </ul>
      </section>
    </>
  )
}
