import type { Executor } from '../../../platform/db/database.js'
import { draftTooLarge } from '../services.errors.js'
import { serviceNamed } from '../catalogue/catalogue.js'
import { deleteDraft, findDrafts, upsertDraft } from './filing.queries.js'

/** A draft is a form's worth of text: far below this; anything larger is not a form. */
export const DRAFT_LIMIT_BYTES = 64 * 1024

export interface DraftView {
  serviceCode: string
  data: Record<string, unknown>
  updatedAt: string
}

const present = (row: {
  serviceCode: string
  data: Record<string, unknown>
  updatedAt: Date
}): DraftView => ({
  serviceCode: row.serviceCode,
  data: row.data,
  updatedAt: row.updatedAt.toISOString(),
})

/**
 * Saves what the resident has typed so far, unchecked (a draft may be half-done), to resume on
 * any device. @throws SERVICE_UNKNOWN, SERVICE_DRAFT_TOO_LARGE
 */
export async function saveDraft(
  db: Executor,
  accountId: string,
  serviceCode: string,
  data: Record<string, unknown>,
): Promise<DraftView> {
  serviceNamed(serviceCode)
  if (Buffer.byteLength(JSON.stringify(data)) > DRAFT_LIMIT_BYTES)
    throw draftTooLarge(DRAFT_LIMIT_BYTES)
  return present(await upsertDraft(db, { accountId, serviceCode, data }))
}

export async function listDrafts(db: Executor, accountId: string): Promise<DraftView[]> {
  return (await findDrafts(db, accountId)).map(present)
}

export const discardDraft = (db: Executor, accountId: string, serviceCode: string) =>
  deleteDraft(db, accountId, serviceCode)
