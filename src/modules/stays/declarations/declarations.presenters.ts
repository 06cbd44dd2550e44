import type { DeclarationRecord } from './declarations.queries.js'
import type { Establishment } from './declarations.types.js'
import type { PoliceDeclaration } from '../police/police-view.schemas.js'
import { presentDeclaration } from '../police/police-view.service.js'

export interface DeclaredResponse {
  /** Shared by guests declared together; null for a single guest. */
  groupId: string | null
  declarations: PoliceDeclaration[]
}

type EstablishmentRef = Pick<Establishment, 'id' | 'name' | 'address' | 'communeCode'>

/** A declaration as written, in the shape every view of a declaration shares. */
export function presentRecord(
  record: DeclarationRecord,
  establishment: EstablishmentRef,
): PoliceDeclaration {
  const { declaredBy: _by, establishmentId: _id, ...shown } = record
  const { id, name, address, communeCode } = establishment
  return presentDeclaration({ ...shown, establishment: { id, name, address, communeCode } })
}

export function presentDeclared(
  records: DeclarationRecord[],
  establishment: EstablishmentRef,
): DeclaredResponse {
  return {
    groupId: records[0]?.groupId ?? null,
    declarations: records.map((r) => presentRecord(r, establishment)),
  }
}
