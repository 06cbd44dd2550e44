/**
 * Every module's permissions and grants, in module order (src/modules.ts), for the platform's role
 * table (platform/auth/roles.ts). The `*.permissions.ts` files are data only, so the table is
 * built without loading any module; a test checks this list against the modules' definitions.
 */
/* eslint-disable cds/module-boundary -- the data-only permission lists, read before any module loads */
import { populationPermissions } from './modules/population/population.permissions.js'
import { identityPermissions } from './modules/identity/identity.permissions.js'
import { auditPermissions } from './modules/audit/audit.permissions.js'
import { planPermissions } from './modules/plan/plan.permissions.js'
import { staysPermissions } from './modules/stays/stays.permissions.js'
import { paymentsPermissions } from './modules/payments/payments.permissions.js'
import { servicesPermissions } from './modules/services/services.permissions.js'
import { documentsPermissions } from './modules/documents/documents.permissions.js'
import { verificationPermissions } from './modules/verification/verification.permissions.js'
import { businessesPermissions } from './modules/businesses/businesses.permissions.js'
import { exchangePermissions } from './modules/exchange/exchange.permissions.js'
import { checkpointsPermissions } from './modules/checkpoints/checkpoints.permissions.js'
import { finesPermissions } from './modules/fines/fines.permissions.js'
import { linkagePermissions } from './modules/linkage/linkage.permissions.js'
import { analyticsPermissions } from './modules/analytics/analytics.permissions.js'
import { ssoPermissions } from './modules/sso/sso.permissions.js'
import { welfarePermissions } from './modules/welfare/welfare.permissions.js'
/* eslint-enable cds/module-boundary */

export const MODULE_PERMISSIONS = [
  populationPermissions,
  identityPermissions,
  auditPermissions,
  planPermissions,
  staysPermissions,
  paymentsPermissions,
  servicesPermissions,
  documentsPermissions,
  verificationPermissions,
  businessesPermissions,
  exchangePermissions,
  checkpointsPermissions,
  finesPermissions,
  linkagePermissions,
  analyticsPermissions,
  welfarePermissions,
  ssoPermissions,
] as const

export type ModulePermission = (typeof MODULE_PERMISSIONS)[number]['permissions'][number]
