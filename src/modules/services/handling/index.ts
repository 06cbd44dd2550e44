export { handlingRoutes, myHandlingRoutes } from './handling.routes.js'
export type { HandlingDeps } from './handling.types.js'
