import { ApiError } from '../../api/client'
import { signInHref } from '../../app/router'
import { useI18n } from '../../i18n/i18n'

/** For a person who tried to sign up again: the ways back into the account they already have. */
export function AlreadyRegistered({ error }: { error: unknown }) {
  const { t } = useI18n()
  if (!(error instanceof ApiError) || error.code !== 'IDENTITY_ALREADY_REGISTERED') return null
  return (
    <div className="actions">
      <a className="button" href={signInHref('/me')}>
        {t('nav.signIn')}
      </a>
      <a className="button button-secondary" href="/forgot-password">
        {t('forgot.link')}
      </a>
    </div>
  )
}
