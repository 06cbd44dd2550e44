import type { Executor } from '../../../platform/db/database.js'
import {
  declareTemporaryAbsence,
  registerBirth,
  registerDeath,
  registerPermanentResidence,
  registerTemporaryResidence,
} from '../../population/index.js'
import { serviceNamed } from '../catalogue/catalogue.js'
import type { EffectKind, ServiceDefinition } from '../catalogue/catalogue.schemas.js'
import type { DossierRow } from '../filing/filing.queries.js'
import { valueAt } from '../filing/form-data.js'
import { partAwaits } from '../services.errors.js'
import { findPartOutcome } from './handling.queries.js'

type Change = (tx: Executor, input: never) => Promise<unknown>

/** The population function each effect kind names; each checks its own input. */
const CHANGES: Record<EffectKind, Change> = {
  registerBirth,
  registerDeath,
  registerTemporaryResidence,
  declareTemporaryAbsence,
  registerPermanentResidence,
}

/** The effect's input: each named field read from the form's data, and the dossier's code. */
function inputOf(fields: Record<string, string>, dossier: DossierRow): Record<string, unknown> {
  const input: Record<string, unknown> = { reference: dossier.code }
  for (const [name, path] of Object.entries(fields)) {
    const value = valueAt(dossier.data, path)
    if (value !== undefined && value !== null && value !== '') input[name] = value
  }
  return input
}

/**
 * A part's inputs that its linked filing takes from a sibling part's outcome (partInputs).
 * @throws SERVICE_PART_AWAITS while that part is not approved
 */
async function inputsFromParts(
  tx: Executor,
  part: DossierRow,
  parent: DossierRow | undefined,
): Promise<Record<string, unknown>> {
  if (!parent) return {}
  const wanted = serviceNamed(parent.serviceCode).definition.partInputs?.[part.serviceCode] ?? {}
  const input: Record<string, unknown> = {}
  for (const [name, from] of Object.entries(wanted)) {
    const value = (await findPartOutcome(tx, parent.id, from.part))?.[from.outcome]
    if (value === undefined) throw partAwaits(from.part)
    input[name] = value
  }
  return input
}

/**
 * Changes the registry as the service's effect says, in the approving transaction. @returns the
 * outcome to keep (the kind, and what the change returned, e.g. a new personal number), or null
 * for a service without effect. @throws the population module's refusals, SERVICE_PART_AWAITS:
 * nothing is approved
 */
export async function applyEffect(
  tx: Executor,
  definition: ServiceDefinition,
  dossier: DossierRow,
  parent: DossierRow | undefined,
): Promise<Record<string, unknown> | null> {
  const effect = definition.effect
  if (!effect) return null
  const change = CHANGES[effect.kind]
  const input = {
    ...inputOf(effect.fields, dossier),
    ...(await inputsFromParts(tx, dossier, parent)),
  }
  const returned = await change(tx, input as never)
  return { kind: effect.kind, ...(typeof returned === 'object' ? returned : {}) }
}
