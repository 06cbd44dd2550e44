import type { RegisteredRouter, StaticDataRouteOption } from '@tanstack/react-router'
import type { Area, RouteInfo } from './routing'
import type { Session } from './session'

/** Whether the person with these permissions may use the route. */
const mayUse = (info: RouteInfo | undefined, permissions: readonly string[]): boolean =>
  !info?.access || info.access.some((p) => permissions.includes(p))

export interface AllowedRoute {
  path: string
  info: RouteInfo
}

/** Every route with its info, as the features declared them. */
function declaredRoutes(router: RegisteredRouter): AllowedRoute[] {
  // Routes are collected from the features at build time, so their options arrive untyped.
  const routes = Object.values(router.routesById) as {
    fullPath: string
    options: { staticData?: StaticDataRouteOption }
  }[]
  return routes.flatMap((route) => {
    const info = route.options.staticData?.info
    return info ? [{ path: route.fullPath, info }] : []
  })
}

/**
 * The routes the person may use: signed in, those their permissions allow (the API still decides);
 * while nobody is known, those of the area shown that are open to all or listed before sign-in.
 */
export function allowedRoutes(
  router: RegisteredRouter,
  session: Session,
  area: Area,
): AllowedRoute[] {
  const routes = declaredRoutes(router)
  if (session.status === 'signed-in') {
    return routes.filter((route) => mayUse(route.info, session.account.permissions))
  }
  return routes.filter(
    (route) =>
      route.info.area === area && (!route.info.access || route.info.nav?.beforeSignIn === true),
  )
}

/** Where the person lands after sign-in: the first console they may use, else their own record. */
export function landingPath(router: RegisteredRouter, session: Session): string {
  const consoles = allowedRoutes(router, session, 'citizen')
    .filter((route) => route.info.console !== undefined && route.info.access)
    .sort((a, b) => a.info.console! - b.info.console!)
  return session.status === 'signed-in' && consoles[0] ? consoles[0].path : '/me'
}
