import type { Channel, Grant, Principal } from '../../../platform/auth/principal.js'
import { ROLES, type Role } from '../../../platform/auth/roles.js'
import type { Executor } from '../../../platform/db/database.js'
import { getResident } from '../../population/index.js'
import { alreadyRegistered, passwordWeak } from '../identity.errors.js'
import {
  findActiveGrants,
  findAccountById,
  findAccountByNumber,
  insertAccount,
  insertGrant,
  type AccountRecord,
  type GrantRecord,
} from './accounts.queries.js'
import { hashPassword, passwordWeakness } from './passwords.js'

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value)

/** The principal an account signs in as: a resident, or staff when it holds grants. */
export function principalFromRows(
  account: AccountRecord,
  grantRows: GrantRecord[],
  channel: Channel = 'web',
): Principal {
  const grants: Grant[] = grantRows.flatMap((g) =>
    isRole(g.role)
      ? [
          {
            role: g.role,
            unitCodes: g.unitCodes,
            establishmentId: g.establishmentId,
            agencyCode: g.agencyCode,
          },
        ]
      : [],
  )
  return {
    kind: grants.length > 0 ? 'staff' : 'resident',
    accountId: account.id,
    personalNumber: account.personalNumber,
    grants,
    clientId: null,
    channel,
  }
}

export async function principalFor(db: Executor, account: AccountRecord): Promise<Principal> {
  return principalFromRows(account, await findActiveGrants(db, account.id))
}

/** The principal of an account by id (a colleague a dossier is assigned to), if it exists. */
export async function principalOfAccount(
  db: Executor,
  accountId: string,
): Promise<Principal | undefined> {
  const account = await findAccountById(db, accountId)
  return account ? principalFor(db, account) : undefined
}

/** @throws IDENTITY_PASSWORD_WEAK */
export async function hashAcceptablePassword(password: string, avoid: string[]): Promise<string> {
  const weakness = passwordWeakness(password, avoid)
  if (weakness) throw passwordWeak(weakness)
  return hashPassword(password)
}

export interface NewAccount {
  personalNumber: string
  phone: string
  password: string
  level?: 1 | 2
}

/**
 * An active account for a resident of the registry, for staff enrolment and demonstration data;
 * residents themselves go through registration. @throws IDENTITY_ALREADY_REGISTERED and the
 * registry's POPULATION_* errors
 */
export async function createAccount(db: Executor, account: NewAccount): Promise<AccountRecord> {
  const resident = await getResident(db, account.personalNumber)
  if (await findAccountByNumber(db, account.personalNumber)) throw alreadyRegistered()
  return insertAccount(db, {
    personalNumber: resident.personalNumber,
    phone: account.phone,
    phoneVerifiedAt: new Date(),
    passwordHash: await hashAcceptablePassword(account.password, [
      resident.personalNumber,
      account.phone,
    ]),
    level: account.level ?? 1,
    status: 'active',
  })
}

/** Gives an account a role over a jurisdiction. */
export async function grantRole(
  db: Executor,
  grant: {
    accountId: string
    role: Role
    unitCodes: string[]
    agencyCode?: string
    establishmentId?: string
    grantedBy?: string
  },
): Promise<void> {
  await insertGrant(db, {
    accountId: grant.accountId,
    role: grant.role,
    unitCodes: grant.unitCodes,
    agencyCode: grant.agencyCode ?? null,
    establishmentId: grant.establishmentId ?? null,
    grantedBy: grant.grantedBy ?? null,
  })
}

/**
 * The eID level a person holds for partners that check it (the exchange gateway's resident
 * verification): 0 without an active account.
 */
export async function eidLevelOf(db: Executor, personalNumber: string): Promise<0 | 1 | 2> {
  const account = await findAccountByNumber(db, personalNumber)
  if (account?.status !== 'active') return 0
  return account.level === 2 ? 2 : 1
}
