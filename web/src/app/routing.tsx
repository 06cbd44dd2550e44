import { lazy } from 'react'
import type { ComponentType } from 'react'
import { createRootRoute, useParams, type RouteComponent } from '@tanstack/react-router'
import type { MessageKey } from '../i18n/messages'
import { App, NotFound } from './App'

/** The part of the app a page belongs to: it sets the shell (header, navigation, footer). */
export type Area = 'citizen' | 'officer' | 'kiosk' | 'sso'

/** What every page receives: the route's params (`/officer/residents/$number` → `number`). */
export interface PageProps {
  params: Record<string, string>
}

/** What a route tells the shell about itself, beside its path and page. */
export interface RouteInfo {
  area: Area
  /** Permissions of which the signed-in person needs one (src/platform/auth/roles.ts); none: anyone. */
  access?: readonly string[]
  /** Listed in the navigation, under this label, in this order. */
  nav?: { label: MessageKey; order: number; beforeSignIn?: boolean }
  /** A staff console: where the person lands after sign-in; the lowest rank the person may use wins. */
  console?: number
}

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    info?: RouteInfo
  }
}

/** The shell, under which each feature hangs its routes (web/src/features/<feature>/routes.tsx). */
export const rootRoute = createRootRoute({ component: App, notFoundComponent: NotFound })

/**
 * A page loaded in its own chunk on first use, so that the citizen's first load holds only the shell
 * and the home page; it receives the route's params as `params`, as pages always have.
 */
export function page(load: () => Promise<{ default: ComponentType<PageProps> }>): RouteComponent {
  const Lazy = lazy(load)
  function RoutePage() {
    const params: Record<string, string> = useParams({ strict: false })
    return <Lazy params={params} />
  }
  return RoutePage
}
