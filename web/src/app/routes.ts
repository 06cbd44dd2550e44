// The routes themselves are declared by each feature (web/src/features/<feature>/routes.tsx) and
// collected in routeTree.ts; pages import their props' type from here.
export type { PageProps } from './routing'
