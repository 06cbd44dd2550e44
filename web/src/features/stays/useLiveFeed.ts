import { useEffect, useRef, useState } from 'react'
import type { LiveDeclared, LiveWatchAlert } from '../../api/types'

export type LiveState = 'connecting' | 'live' | 'down'

export interface LiveHandlers {
  onDeclared?: (declared: LiveDeclared) => void
  onAlert?: (alert: LiveWatchAlert) => void
  /** The stream could not replay all that was missed during a long break: the lists need a reload. */
  onResync?: () => void
}

const LIVE_PATH = '/api/v1/stays/police/live'

/** An event's JSON data, or undefined when it is not JSON. */
function dataOf(event: MessageEvent<unknown>): unknown {
  try {
    return typeof event.data === 'string' ? JSON.parse(event.data) : undefined
  } catch {
    return undefined
  }
}

/**
 * New declarations and watch-list alerts in the officer's jurisdiction as they are committed
 * (server-sent events; the browser reconnects by itself after a break). The stream carries no
 * names: details are read through the audited routes.
 */
export function useLiveFeed(handlers: LiveHandlers): LiveState {
  const [state, setState] = useState<LiveState>('connecting')
  const current = useRef(handlers)
  useEffect(() => {
    current.current = handlers
  }, [handlers])

  useEffect(() => {
    const source = new EventSource(LIVE_PATH)
    source.onopen = () => {
      setState('live')
    }
    // CONNECTING again means the browser retries; CLOSED means it gave up (signed out, refused).
    source.onerror = () => {
      setState(source.readyState === EventSource.CLOSED ? 'down' : 'connecting')
    }
    source.addEventListener('stays.declared', (event) => {
      const declared = dataOf(event)
      if (declared) current.current.onDeclared?.(declared as LiveDeclared)
    })
    source.addEventListener('stays.watch_alert', (event) => {
      const alert = dataOf(event)
      if (alert) current.current.onAlert?.(alert as LiveWatchAlert)
    })
    source.addEventListener('stays.resync', () => {
      current.current.onResync?.()
    })
    // Signed out or no longer police: reconnecting would only be refused.
    source.addEventListener('stays.ended', () => {
      source.close()
      setState('down')
    })
    return () => {
      source.close()
    }
  }, [])
  return state
}
