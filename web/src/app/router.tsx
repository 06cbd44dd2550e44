import { useMemo } from 'react'
import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { useRouterState, type RouterHistory } from '@tanstack/react-router'

// The app's own small navigation vocabulary (Link, navigate, useLocation), over TanStack Router:
// pages speak in plain paths with query strings, the router matches them to the routes that the
// features declare (web/src/features/*/routes.tsx, collected in routeTree.ts).

let current: { history: RouterHistory } | undefined

/** The router that `navigate` drives: set once, by main.tsx, before the app renders. */
export function setNavigationRouter(router: { history: RouterHistory }): void {
  current = router
}

export interface Location {
  path: string
  query: URLSearchParams
}

export function useLocation(): Location {
  const pathname = useRouterState({ select: (state) => state.location.pathname })
  const search = useRouterState({ select: (state) => state.location.searchStr })
  return useMemo(() => ({ path: pathname, query: new URLSearchParams(search) }), [pathname, search])
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (!current) {
    window.location.assign(to)
    return
  }
  if (options.replace) current.history.replace(to)
  else current.history.push(to)
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string }

/** An ordinary link that navigates inside the app; new tabs and modified clicks still work. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    if (rest.target && rest.target !== '_self') return
    event.preventDefault()
    navigate(to)
  }
  return <a href={to} onClick={follow} {...rest} />
}

/** Where the platform's sign-in (SSO) starts, returning here afterwards. */
export const signInHref = (returnTo: string): string =>
  `/auth/login?returnTo=${encodeURIComponent(returnTo)}`
