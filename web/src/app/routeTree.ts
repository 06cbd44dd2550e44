import { createRouter } from '@tanstack/react-router'
import { auditRoutes } from '../features/audit/routes'
import { dashboardsRoutes } from '../features/dashboards/routes'
import { homeRoutes } from '../features/home/routes'
import { identityRoutes } from '../features/identity/routes'
import { kioskRoutes } from '../features/kiosk/routes'
import { opendataRoutes } from '../features/opendata/routes'
import { planRoutes } from '../features/plan/routes'
import { populationRoutes } from '../features/population/routes'
import { ssoRoutes } from '../features/sso/routes'
import { staysRoutes } from '../features/stays/routes'
import { rootRoute } from './routing'

// Each feature declares its routes; the shell only collects them. A new feature adds one line.
const routeTree = rootRoute.addChildren([
  ...homeRoutes,
  ...identityRoutes,
  ...auditRoutes,
  ...ssoRoutes,
  ...populationRoutes,
  ...planRoutes,
  ...dashboardsRoutes,
  ...staysRoutes,
  ...opendataRoutes,
  ...kioskRoutes,
])

/** Query strings stay as written: pages read them with URLSearchParams (useLocation().query). */
const parseSearch = (search: string): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(search))
const stringifySearch = (search: Record<string, unknown>): string => {
  const query = new URLSearchParams(
    Object.entries(search).map(([key, value]) => [key, String(value)]),
  ).toString()
  return query ? `?${query}` : ''
}

export const router = createRouter({ routeTree, parseSearch, stringifySearch })

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
