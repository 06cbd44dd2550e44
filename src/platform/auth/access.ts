import type { FastifyInstance, FastifyRequest } from 'fastify'
import { platformErrors, type AppError } from '../http/errors.js'
import { coversPlace, hasPermission, type Principal, type RecordPlace } from './principal.js'
import { isPermission, type Permission } from './roles.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, once authenticated; null on public routes and before authentication. */
    principal: Principal | null
    /**
     * Reads the request's credentials again, as they are now: for a response that lasts (a
     * stream), which must stop once they are gone.
     */
    reauthenticate: () => Promise<Principal | undefined>
  }
}

/** Turns a request's credentials (a session cookie, a bearer token) into a principal, or nothing. */
export type Authenticator = (request: FastifyRequest) => Promise<Principal | undefined>

export const authenticationRequired = (): AppError => platformErrors.refuse('AUTH_REQUIRED')

export const permissionDenied = (permission: string): AppError =>
  platformErrors.refuse('AUTH_FORBIDDEN', { permission })

export const outsideJurisdiction = (): AppError =>
  platformErrors.refuse('AUTH_OUTSIDE_JURISDICTION')

/**
 * The caller of a protected route, as the access hook authenticated it: the one principal check.
 * @throws AUTH_REQUIRED (401) on a route that let an anonymous caller through
 */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw authenticationRequired()
  return request.principal
}

/**
 * The personal number of a resident calling a route of their own ('me'): a partner system has none.
 * @throws AUTH_REQUIRED (401) when the caller is no person
 */
export function requirePersonalNumber(request: FastifyRequest): string {
  const personalNumber = request.principal?.personalNumber
  if (!personalNumber) throw authenticationRequired()
  return personalNumber
}

/** The access a route declared, checked when routes are registered. */
export function declaredAccess(access: string | undefined): 'public' | Permission | undefined {
  if (access === 'public') return access
  return access !== undefined && isPermission(access) ? access : undefined
}

/**
 * The one place that decides who may call a route: every route declares `config.access`, and
 * this hook enforces it before validation, so an anonymous caller learns nothing about inputs.
 * Record-level jurisdiction is checked by the service once it knows where the record lives.
 */
export function registerAccessControl(app: FastifyInstance, authenticators: Authenticator[]): void {
  const authenticate = async (request: FastifyRequest): Promise<Principal | undefined> => {
    for (const authenticator of authenticators) {
      const principal = await authenticator(request)
      if (principal) return principal
    }
    return undefined
  }
  app.decorateRequest('principal', null)
  app.decorateRequest('reauthenticate', function (this: FastifyRequest) {
    return authenticate(this)
  })
  app.addHook('onRequest', async (request) => {
    const { config } = request.routeOptions
    const access = declaredAccess(config.access)
    if (request.is404) return
    if (access === 'public') {
      if (config.identifiesCaller) request.principal = (await authenticate(request)) ?? null
      return
    }
    request.principal = (await authenticate(request)) ?? null
    if (!request.principal) throw authenticationRequired()
    if (!access || !hasPermission(request.principal, access))
      throw permissionDenied(access ?? 'unknown')
  })
}

/** @throws AUTH_OUTSIDE_JURISDICTION when no grant with the permission covers the place */
export function assertJurisdiction(
  principal: Principal,
  permission: Permission,
  place: RecordPlace,
): void {
  if (!coversPlace(principal, permission, place)) throw outsideJurisdiction()
}
