import { Stack, type StackProps } from '@mantine/core'
import type { ReactNode } from 'react'

/**
 * A list of cards or rows: a real `<ul>` for screen readers, without bullets or indent, so
 * that each `<li>` draws as a block of its own.
 */
export function PlainList({
  children,
  ...props
}: Omit<StackProps, 'component' | 'style'> & { children: ReactNode; 'aria-label'?: string }) {
  return (
    <Stack component="ul" p={0} m={0} style={{ listStyle: 'none' }} {...props}>
      {children}
    </Stack>
  )
}
