import type { ReactNode } from 'react'
import { Button, Stack, Text } from '@mantine/core'
import { signInHref, useLocation } from '../app/router'
import { useSession } from '../app/session'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { Notice } from './Status'

/** What a form needs of the person using it: an eID of level 2, or a permission of a role. */
export type Requirement =
  | { level: 2 }
  | {
      permission: string
      /** Who has it, as the notice names them ("cán bộ xã, phường và công an"). */
      who: MessageKey
      /** How to get it, when not from the agency's administrator (a staff role). */
      how?: MessageKey
    }

/**
 * Whether the signed-in person can use a form, and if not a notice saying what it needs and how
 * to get it, shown before they fill it in. The server still decides; while the session is being
 * checked, or cannot be, the form stays as it is.
 */
export function useRequirement(need: Requirement): { blocked: boolean; notice: ReactNode } {
  const { t } = useI18n()
  const session = useSession()
  const { path } = useLocation()
  if (session.status === 'anonymous')
    return {
      blocked: true,
      notice: (
        <Notice kind="warning">
          <Stack gap="sm" align="flex-start">
            <Text inherit>{t('need.signIn')}</Text>
            <Button component="a" href={signInHref(path)}>
              {t('nav.signIn')}
            </Button>
          </Stack>
        </Notice>
      ),
    }
  if (session.status !== 'signed-in') return { blocked: false, notice: null }
  const { account } = session
  if ('level' in need && account.level < need.level)
    return {
      blocked: true,
      notice: (
        <Notice kind="warning">
          <Text inherit>{t('need.level2', { level: account.level })}</Text>
          <Text inherit>{t('need.level2How')}</Text>
        </Notice>
      ),
    }
  if ('permission' in need && !account.permissions.includes(need.permission))
    return {
      blocked: true,
      notice: (
        <Notice kind="warning">
          <Text inherit>{t('need.role', { who: t(need.who) })}</Text>
          <Text inherit>{t(need.how ?? 'need.roleHow')}</Text>
        </Notice>
      ),
    }
  return { blocked: false, notice: null }
}
