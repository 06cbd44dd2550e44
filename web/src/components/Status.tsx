import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core'
import { ApiError } from '../api/client'
import { signInHref, useLocation } from '../app/router'
import { useI18n } from '../i18n/i18n'
import { describeError } from './errors'

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n()
  return (
    // data-loading: the browser tests wait for the last one to go before reading a page.
    <Group gap="xs" my="sm" role="status" c="dimmed" data-loading>
      <Loader size="sm" color="var(--red)" aria-hidden="true" />
      {label ?? t('common.loading')}
    </Group>
  )
}

/** A failure said plainly, read out by screen readers, with a way forward. */
export function ErrorMessage({
  error,
  onRetry,
  focus = false,
}: {
  error: unknown
  onRetry?: () => void
  focus?: boolean
}) {
  const i18n = useI18n()
  const { t } = i18n
  const { path, query } = useLocation()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focus) ref.current?.focus()
  }, [focus, error])
  const needsSignIn = error instanceof ApiError && error.code === 'AUTH_REQUIRED'
  const here = path + (query.size ? `?${query.toString()}` : '')
  return (
    <Alert role="alert" tabIndex={-1} ref={ref} color="red">
      <Stack gap="sm" align="flex-start">
        <Text inherit>{describeError(i18n, error)}</Text>
        {needsSignIn ? (
          <Button component="a" href={signInHref(here)}>
            {t('nav.signIn')}
          </Button>
        ) : onRetry ? (
          <Button type="button" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  )
}

const NOTICE_COLORS = { info: 'brand', success: 'green', warning: 'yellow' } as const

export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'success' | 'warning'
  children: ReactNode
}) {
  return (
    <Alert role="status" color={NOTICE_COLORS[kind]}>
      {children}
    </Alert>
  )
}
