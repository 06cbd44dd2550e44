import { Box, SimpleGrid, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** Named facts about one record (a description list): two columns from tablet width, one on phones. */
export function Facts({ children, compact = false }: { children: ReactNode; compact?: boolean }) {
  return (
    <SimpleGrid
      component="dl"
      cols={compact ? 1 : { base: 1, sm: 2 }}
      spacing="lg"
      verticalSpacing="xs"
      m={0}
    >
      {children}
    </SimpleGrid>
  )
}

interface ValueProps {
  ff?: 'monospace'
  lang?: string
  translate?: 'no'
  'data-testid'?: string | undefined
}

/** One fact: its name above, its value in bold (`value` props go to the value). */
export function Fact({
  term,
  children,
  ...value
}: { term: string; children: ReactNode } & ValueProps) {
  return (
    <Box pb={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={600} style={{ overflowWrap: 'anywhere' }} {...value}>
        {children}
      </Text>
    </Box>
  )
}
