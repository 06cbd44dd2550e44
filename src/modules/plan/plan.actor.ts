import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Principal } from '../../platform/auth/principal.js'

/** The caller of a protected route: the access hook has already authenticated it. */
export function actor(request: FastifyRequest): Principal {
  return requirePrincipal(request)
}
