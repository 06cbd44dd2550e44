import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** A card's facts as a description list, one under another so that a phone reads them whole. */
export function Facts({ children }: { children: ReactNode }) {
  return (
    <Stack component="dl" gap={6} my="xs">
      {children}
    </Stack>
  )
}

/** One fact: what it is, then its value, which may be long (a legal basis) and wraps anywhere. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  )
}
