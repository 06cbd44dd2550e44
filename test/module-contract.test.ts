import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ModuleContext } from '../src/app.js'
import { MODULES } from '../src/modules.js'
import { MODULE_PERMISSIONS } from '../src/permissions.js'
import {
  PERMISSIONS,
  RESIDENT_PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLES,
} from '../src/platform/auth/roles.js'
import { jobsOf } from '../src/platform/modules/module.js'

/** The role table as roles.ts wrote it by hand before the modules contributed their grants. */
const GRANTS_BEFORE_MODULES: Record<string, readonly string[]> = {
  communeOfficer: [
    'population.resident.read',
    'population.resident.search',
    'services.handle',
    'documents.certify',
    'businesses.read',
    'businesses.manage',
    'linkage.datasets.import',
    'linkage.datasets.read',
    'welfare.read',
    'welfare.manage',
  ],
  communePolice: [
    'population.resident.read',
    'population.resident.search',
    'identity.account.raiseLevel',
    'stays.establishment.decide',
    'stays.police.read',
    'stays.watchlist.manage',
    'stays.declaration.read',
    'services.handle',
    'checkpoints.occupancy.read',
    'fines.record',
    'fines.read',
    'fines.appeals.decide',
    'fines.reports.read',
  ],
  provincialPolice: [
    'population.resident.read',
    'population.resident.search',
    'identity.account.raiseLevel',
    'stays.establishment.decide',
    'stays.police.read',
    'stays.watchlist.manage',
    'stays.declaration.read',
    'stays.watchlist.approve',
    'services.handle',
    'checkpoints.occupancy.read',
    'fines.record',
    'fines.read',
    'fines.appeals.decide',
    'fines.reports.read',
  ],
  departmentOfficer: [
    'population.resident.read',
    'payments.reconcile',
    'services.handle',
    'businesses.read',
    'exchange.read',
    'exchange.grants',
    'linkage.datasets.import',
    'linkage.datasets.read',
    'welfare.read',
    'welfare.manage',
  ],
  establishmentStaff: [
    'stays.declare',
    'stays.declaration.read',
    'checkpoints.tickets.issue',
    'checkpoints.tickets.check',
  ],
  analyst: ['analytics.read', 'analytics.sensitive.read'],
  securityOfficer: ['audit.entries.read'],
  administrator: [
    'identity.staff.manage',
    'payments.reconcile',
    'verification.partners.manage',
    'exchange.read',
    'exchange.manage',
    'checkpoints.sites.manage',
    'sso.clients.manage',
  ],
  partnerSystem: ['identity.links.record', 'documents.issue', 'exchange.call'],
  committeeMember: ['plan.read', 'fines.reports.read', 'analytics.read'],
  agencyReporter: ['plan.read', 'plan.report'],
  standingOffice: ['plan.read', 'plan.report', 'plan.manage'],
  partnerStaff: ['verification.check'],
  operatorStaff: [
    'checkpoints.gate.scan',
    'checkpoints.occupancy.read',
    'checkpoints.tickets.issue',
    'checkpoints.tickets.check',
  ],
  operatorSystem: ['checkpoints.events.post', 'checkpoints.tickets.issue'],
  trafficCamera: ['fines.camera.post'],
}

/** Every permission that table knew, in its order then. */
const PERMISSIONS_BEFORE_MODULES = [
  'population.resident.read',
  'population.resident.search',
  'identity.account.raiseLevel',
  'identity.staff.manage',
  'audit.entries.read',
  'sso.clients.manage',
  'identity.links.record',
  'plan.read',
  'plan.report',
  'plan.manage',
  'stays.establishment.decide',
  'stays.declare',
  'stays.police.read',
  'stays.watchlist.manage',
  'stays.watchlist.approve',
  'stays.declaration.read',
  'analytics.read',
  'analytics.sensitive.read',
  'payments.reconcile',
  'services.handle',
  'documents.issue',
  'documents.certify',
  'verification.partners.manage',
  'verification.check',
  'businesses.read',
  'businesses.manage',
  'exchange.read',
  'exchange.manage',
  'exchange.grants',
  'exchange.call',
  'checkpoints.sites.manage',
  'checkpoints.gate.scan',
  'checkpoints.events.post',
  'checkpoints.occupancy.read',
  'checkpoints.tickets.issue',
  'checkpoints.tickets.check',
  'fines.record',
  'fines.read',
  'fines.appeals.decide',
  'fines.camera.post',
  'fines.reports.read',
  'linkage.datasets.import',
  'linkage.datasets.read',
  'welfare.read',
  'welfare.manage',
  'me.read',
  'me.manage',
]

describe('module contract', () => {
  it('builds the role table the platform held by hand, grant for grant and in order', () => {
    assert.deepEqual({ ...ROLE_PERMISSIONS }, GRANTS_BEFORE_MODULES)
    assert.deepEqual(Object.keys(ROLE_PERMISSIONS), [...ROLES])
    assert.deepEqual([...PERMISSIONS].sort(), [...PERMISSIONS_BEFORE_MODULES].sort())
    assert.deepEqual(RESIDENT_PERMISSIONS, ['me.read', 'me.manage'])
  })

  it('takes the permissions from exactly the modules listed, in their order', () => {
    const declared = MODULES.flatMap((m) => (m.access ? [m.access] : []))
    assert.equal(declared.length, MODULE_PERMISSIONS.length)
    declared.forEach((access, i) => {
      assert.equal(access, MODULE_PERMISSIONS[i], `module ${i}: src/permissions.ts out of step`)
    })
  })

  it('names each module once and prefixes its permissions with its name', () => {
    const names = MODULES.map((m) => m.name)
    assert.equal(new Set(names).size, names.length)
    for (const m of MODULES)
      for (const permission of m.access?.permissions ?? [])
        assert.ok(permission.startsWith(`${m.name}.`), `${permission} outside ${m.name}`)
  })

  it('declares the periodic work main.ts ran on every instance, each job once', () => {
    const context = {} as ModuleContext // jobs are listed, not run
    const jobs = jobsOf(MODULES, context)
    assert.deepEqual(
      jobs.map((j) => [j.name, j.everyMs]),
      [
        ['identity.token-uses', 3_600_000],
        ['plan.duties', 3_600_000],
        ['stays.idempotency-keys', 3_600_000],
        ['fines.reminders', 3_600_000],
        ['linkage.imports', 60_000],
        ['sso.state', 3_600_000],
      ],
    )
  })
})
