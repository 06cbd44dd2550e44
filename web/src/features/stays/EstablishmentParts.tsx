import { Button, Text, type ButtonProps } from '@mantine/core'
import type { ReactNode } from 'react'
import type { EstablishmentStatus } from '../../api/types'
import { Link } from '../../app/router'
import { Fact, Facts } from '../../components/Facts'
import { useI18n } from '../../i18n/i18n'
import { statusLabel } from './labels'
import { staysMessages } from './messages'
import { Tag } from '../../components/Tag'

/** What is known of a record, each label over its value; two columns where there is room. */
export const FactList = ({ facts }: { facts: [string, ReactNode][] }) => (
  <Facts>
    {facts.map(([label, value]) => (
      <Fact key={label} term={label}>
        {value}
      </Fact>
    ))}
  </Facts>
)

/** A code to copy, in a fixed-width face. */
export const Mono = ({ children }: { children: ReactNode }) => (
  <Text span ff="monospace" inherit>
    {children}
  </Text>
)

/**
 * A link drawn as a button. The app's own rule for `a` (styles.css) sits above Mantine's layer:
 * the button keeps its text colour only when it is set on the element itself.
 */
export function LinkButton({
  to,
  children,
  ...button
}: Omit<ButtonProps, 'children'> & { to: string; children: ReactNode }) {
  return (
    <Button component={Link} to={to} style={{ color: 'var(--button-color)' }} {...button}>
      {children}
    </Button>
  )
}

const STATUS_COLORS = { approved: 'green', pending: 'yellow', refused: 'red' } as const

/** Where the police's decision on an establishment stands. */
export function EstablishmentStatusTag({ status }: { status: EstablishmentStatus }) {
  const { t } = useI18n(staysMessages)
  return <Tag color={STATUS_COLORS[status]}>{statusLabel(t, status)}</Tag>
}
