import { Button, Group } from '@mantine/core'
import { ApiError } from '../../api/client'
import { signInHref } from '../../app/router'
import { useI18n } from '../../i18n/i18n'
import { identityMessages } from './messages'

/** For a person who tried to sign up again: the ways back into the account they already have. */
export function AlreadyRegistered({ error }: { error: unknown }) {
  const { t } = useI18n(identityMessages)
  if (!(error instanceof ApiError) || error.code !== 'IDENTITY_ALREADY_REGISTERED') return null
  return (
    <Group gap="sm">
      <Button component="a" href={signInHref('/me')}>
        {t('nav.signIn')}
      </Button>
      <Button component="a" variant="default" href="/forgot-password">
        {t('forgot.link')}
      </Button>
    </Group>
  )
}
