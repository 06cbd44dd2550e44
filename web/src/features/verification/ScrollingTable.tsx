import type { ReactNode } from 'react'

/** A table that scrolls sideways on a narrow phone, reachable by keyboard. */
export function ScrollingTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </div>
  )
}
