import type { Executor } from '../../../platform/db/database.js'
import {
  declareTemporaryAbsence,
  registerBirth,
  registerDeath,
  registerPermanentResidence,
  registerTemporaryResidence,
} from '../../population/index.js'
import type { EffectKind, ServiceDefinition } from '../catalogue/catalogue.schemas.js'
import type { DossierRow } from '../filing/filing.queries.js'
import { valueAt } from '../filing/form-data.js'

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
 * Changes the registry as the service's effect says, in the approving transaction. @returns the
 * outcome to keep (the kind, and what the change returned, e.g. a new personal number), or null
 * for a service without effect. @throws the population module's refusals: nothing is approved
 */
export async function applyEffect(
  tx: Executor,
  definition: ServiceDefinition,
  dossier: DossierRow,
): Promise<Record<string, unknown> | null> {
  const effect = definition.effect
  if (!effect) return null
  const change = CHANGES[effect.kind]
  const returned = await change(tx, inputOf(effect.fields, dossier) as never)
  return { kind: effect.kind, ...(typeof returned === 'object' ? returned : {}) }
}
