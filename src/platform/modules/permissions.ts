import type { Role } from '../auth/roles.js'

/**
 * The permissions a module defines (`<module>.<action>`) and which roles get them. Kept in a
 * data-only `<module>.permissions.ts` (no runtime imports), so that the platform's permission
 * table can be built from it without loading the module.
 */
export interface ModulePermissions<P extends string> {
  readonly permissions: readonly P[]
  readonly grants: Partial<Record<Role, readonly NoInfer<P>[]>>
}

export function modulePermissions<const P extends string>(
  spec: ModulePermissions<P>,
): ModulePermissions<P> {
  return spec
}

/** Each role's permissions: every module's grants for the role, in module order. */
export function buildRoleTable<P extends string>(
  roles: readonly Role[],
  modules: readonly ModulePermissions<P>[],
): Record<Role, readonly P[]> {
  for (const module of modules)
    for (const [role, granted] of Object.entries(module.grants) as [Role, readonly P[]][]) {
      const unknown = granted.filter((p) => !module.permissions.includes(p))
      if (unknown.length > 0)
        throw new Error(`${role} granted permissions its module does not define: ${unknown.join()}`)
    }
  const table = {} as Record<Role, readonly P[]>
  for (const role of roles) table[role] = modules.flatMap((m) => m.grants[role] ?? [])
  return table
}
