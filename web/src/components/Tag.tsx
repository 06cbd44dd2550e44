import { Badge, type BadgeProps } from '@mantine/core'
import type { ReactNode } from 'react'

/** A short mark on a card (no paper, a status, late, a flag), its words dark enough on its tint. */
export function Tag({
  color,
  children,
  ...badge
}: Omit<BadgeProps, 'children' | 'variant'> & { children: ReactNode }) {
  return (
    <Badge
      variant="light"
      color={color}
      tt="none"
      styles={{ label: { color: 'var(--mantine-color-text)' } }}
      {...badge}
    >
      {children}
    </Badge>
  )
}
