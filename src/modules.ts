import type { ModuleContext } from './app.js'
import type { ModuleDefinition } from './platform/modules/module.js'
import { analyticsModule } from './modules/analytics/index.js'
import { auditModule } from './modules/audit/index.js'
import { identityModule } from './modules/identity/index.js'
import { planModule } from './modules/plan/index.js'
import { populationModule } from './modules/population/index.js'
import { paymentsModule } from './modules/payments/index.js'
import { ssoModule } from './modules/sso/index.js'
import { servicesModule } from './modules/services/index.js'
import { documentsModule } from './modules/documents/index.js'
import { staysModule } from './modules/stays/index.js'
import { verificationModule } from './modules/verification/index.js'
import { businessesModule } from './modules/businesses/index.js'
import { exchangeModule } from './modules/exchange/index.js'
import { checkpointsModule } from './modules/checkpoints/index.js'
import { finesModule } from './modules/fines/index.js'
import { linkageModule } from './modules/linkage/index.js'
import { welfareModule } from './modules/welfare/index.js'

/**
 * Every module, once. `app.ts` registers their routes in this order (the SSO provider last, the
 * web app after it), `main.ts` starts their background work, jobs and subscribers, and the role
 * table takes their permissions in this order (src/permissions.ts). A new module is one line here
 * (docs/adding-a-module.md).
 */
export const MODULES: readonly ModuleDefinition<ModuleContext>[] = [
  populationModule,
  identityModule,
  auditModule,
  planModule,
  staysModule,
  paymentsModule,
  servicesModule,
  documentsModule,
  verificationModule,
  businessesModule,
  exchangeModule,
  checkpointsModule,
  finesModule,
  linkageModule,
  analyticsModule,
  welfareModule,
  ssoModule,
]
