import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify'
import type { Role } from '../auth/roles.js'
import type { EventHandler, SubscriberOptions } from '../events/outbox.js'
import type { App } from '../http/server.js'
import type { ModulePermissions } from './permissions.js'

/**
 * What a module brings to the application, in one place: its routes, the permissions it defines
 * and which roles get them, its background work, periodic jobs, outbox subscribers, housekeeping
 * and demonstration data. `src/modules.ts` lists every module once; `app.ts` and `main.ts` loop
 * over that list. Steps and an example: docs/adding-a-module.md.
 *
 * `Ctx` is what the module needs from the shared context: a module names only the parts it uses
 * (`{ database: Database }`), and any larger context the application builds fits.
 */
export interface ModuleDefinition<Ctx> {
  /** The folder's name under src/modules; also the prefix of its permissions and job names. */
  readonly name: string
  /** The permissions the module defines and the roles that get them (`<name>.permissions.ts`). */
  readonly access?: ModulePermissions<string>
  /** Route plugins and their prefixes, registered in this order, modules in list order. */
  readonly routes?: (ctx: Ctx) => readonly RouteMount[]
  /** Background work of the running server (not of tests that only build the app). */
  readonly start?: (ctx: Ctx, log: FastifyBaseLogger) => Promise<Started>
  /** Periodic work run once across all instances (see platform/jobs/job-runner.ts). */
  readonly jobs?: (ctx: Ctx) => readonly Job[]
  /** Hourly purges of what only takes room; each runs as a job named `<module>.<name>`. */
  readonly housekeeping?: readonly Housekeeping<Ctx>[]
  /** Outbox subscribers, delivered by the one dispatcher of the running server. */
  readonly subscribers?: (ctx: Ctx) => readonly Subscriber[]
  /** Development only, once a population is loaded: sample data, and accounts to print. */
  readonly demonstration?: (ctx: Ctx) => Promise<readonly DemonstrationAccount[] | undefined>
}

/** A route plugin under a prefix, or (the SSO provider) a mount that registers on the root. */
export type RouteMount =
  | { readonly plugin: FastifyPluginAsync; readonly prefix: string }
  | { readonly mount: (app: App) => Promise<void> }

/** What `start` began, to be stopped at shutdown (in reverse module order). */
export interface Started {
  stop(): Promise<void>
}

export interface Job {
  /** Unique across modules: `<module>.<what>`. */
  readonly name: string
  readonly everyMs: number
  readonly run: (now: Date) => Promise<unknown>
}

export interface Housekeeping<Ctx> {
  readonly name: string
  readonly purge: (ctx: Ctx, now: Date) => Promise<unknown>
}

export interface Subscriber extends SubscriberOptions {
  readonly name: string
  readonly handle: EventHandler
  /** How soon the subscriber wants events; the dispatcher polls at the smallest wish. */
  readonly pollMs?: number
}

/** An account made for demonstration, printed at the end of start-up. */
export interface DemonstrationAccount {
  who: string
  role?: Role
  personalNumber: string
  password: string
}

/** How often housekeeping purges run. */
export const HOUSEKEEPING_MS = 3_600_000

/** Identity, for the types: `export const stays = defineModule<StaysContext>({ ... })`. */
export function defineModule<Ctx>(definition: ModuleDefinition<Ctx>): ModuleDefinition<Ctx> {
  return definition
}

/** Every module's jobs, housekeeping included, in list order. */
export function jobsOf<Ctx>(modules: readonly ModuleDefinition<Ctx>[], ctx: Ctx): Job[] {
  const jobs = modules.flatMap((m) => [
    ...(m.jobs?.(ctx) ?? []),
    ...(m.housekeeping ?? []).map((h): Job => ({
      name: `${m.name}.${h.name}`,
      everyMs: HOUSEKEEPING_MS,
      run: (now) => h.purge(ctx, now),
    })),
  ])
  const names = new Set<string>()
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`job ${job.name} declared twice`)
    names.add(job.name)
  }
  return jobs
}

/** Registers every module's routes on the app, in list order. */
export async function registerModuleRoutes<Ctx>(
  app: App,
  modules: readonly ModuleDefinition<Ctx>[],
  ctx: Ctx,
): Promise<void> {
  for (const module of modules)
    for (const route of module.routes?.(ctx) ?? []) {
      if ('mount' in route) await route.mount(app)
      else await app.register(route.plugin, { prefix: route.prefix })
    }
}
