import { createHash } from 'node:crypto'
import type { Principal } from '../../platform/auth/principal.js'
import type { PlanContext } from './context.js'
import { canSee, visibilityOf } from './plan.policy.js'
import {
  attachmentLimit,
  attachmentNotFound,
  attachmentTooLarge,
  attachmentTypeRefused,
  reportNotFound,
} from './plan.errors.js'
import {
  countAttachments,
  deleteAttachment,
  findAttachment,
  findReport,
  insertAttachment,
  type AttachmentInfo,
  type AttachmentRow,
} from './reports.queries.js'
import { editableReport } from './reports.service.js'

/**
 * Attachments are kept in the database beside their report: a few small documents a month per
 * agency (minutes, a signed scan, a table), so one backup holds everything and no file store is
 * needed. Limits keep it so.
 */
export const MAX_ATTACHMENT_BYTES = 2 * 1_048_576
export const MAX_ATTACHMENTS_PER_REPORT = 5

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** Accepted types, each with the bytes its content must begin with (a renamed file is refused). */
export const ATTACHMENT_TYPES: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ZIP,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ZIP,
}

export interface UploadedFile {
  fileName: string
  contentType: string
  content: Buffer
}

/** @throws PLAN_ATTACHMENT_TYPE, PLAN_ATTACHMENT_TOO_LARGE */
export function checkFile(file: UploadedFile): void {
  const magic = ATTACHMENT_TYPES[file.contentType]
  if (!magic || !magic.every((byte, i) => file.content[i] === byte))
    throw attachmentTypeRefused(Object.keys(ATTACHMENT_TYPES))
  if (file.content.length > MAX_ATTACHMENT_BYTES) throw attachmentTooLarge(MAX_ATTACHMENT_BYTES)
}

/**
 * Attaches a file to a draft the caller may change.
 * @throws as editableReport, PLAN_ATTACHMENT_TYPE, PLAN_ATTACHMENT_TOO_LARGE, PLAN_ATTACHMENT_LIMIT
 */
export async function attachFile(
  ctx: PlanContext,
  principal: Principal,
  reportId: number,
  file: UploadedFile,
): Promise<AttachmentInfo> {
  await editableReport(ctx, principal, reportId)
  checkFile(file)
  const db = ctx.database.db
  if ((await countAttachments(db, reportId)) >= MAX_ATTACHMENTS_PER_REPORT)
    throw attachmentLimit(MAX_ATTACHMENTS_PER_REPORT)
  return insertAttachment(db, {
    reportId,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content,
    uploadedBy: principal.accountId,
  })
}

/** @throws as editableReport, PLAN_ATTACHMENT_NOT_FOUND */
export async function removeAttachment(
  ctx: PlanContext,
  principal: Principal,
  reportId: number,
  id: number,
): Promise<void> {
  await editableReport(ctx, principal, reportId)
  if (!(await deleteAttachment(ctx.database.db, reportId, id))) throw attachmentNotFound(id)
}

/** @throws PLAN_REPORT_NOT_FOUND, PLAN_ATTACHMENT_NOT_FOUND */
export async function readAttachment(
  ctx: PlanContext,
  principal: Principal,
  reportId: number,
  id: number,
): Promise<AttachmentRow> {
  const db = ctx.database.db
  const report = await findReport(db, reportId)
  if (!report || !canSee(visibilityOf(principal), report)) throw reportNotFound(reportId)
  const attachment = await findAttachment(db, reportId, id)
  if (!attachment) throw attachmentNotFound(id)
  return attachment
}
