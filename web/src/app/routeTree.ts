import { type AnyRoute, createRouter } from '@tanstack/react-router'
import { rootRoute } from './routing'

// Each feature declares its routes in its own routes.tsx; the shell collects them all at build
// time, so that a new feature touches no file outside its folder.
const features = import.meta.glob<Record<string, AnyRoute[]>>('../features/*/routes.tsx', {
  eager: true,
})
const routeTree = rootRoute.addChildren(
  Object.values(features).flatMap((routes) => Object.values(routes).flat()),
)

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
