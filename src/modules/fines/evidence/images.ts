import { decodeBase64, imageMediaTypeOf, sha256Hex } from '../../../platform/media/images.js'
import type { ImageMediaType } from '../../../platform/media/images.js'
import { finesErrors } from '../fines.errors.js'

/** An evidence image or an appeal's attachment may not exceed this. */
export const IMAGE_LIMIT_BYTES = 5 * 1024 * 1024
/** Images a violation holds at most, from every source together. */
export const MAX_EVIDENCE_IMAGES = 10
/** Base64 of a file just over the limit still parses, so it gets the specific refusal. */
export const BASE64_MAX_LENGTH = Math.ceil((IMAGE_LIMIT_BYTES * 4) / 3) + 1024

export interface CheckedImage {
  content: Buffer
  mediaType: ImageMediaType
  size: number
  sha256: string
}

/**
 * An image fit to keep: JPEG, PNG or WebP by its own first bytes, within the size limit.
 * @throws FINES_FILE_TOO_LARGE, FINES_FILE_TYPE_REFUSED
 */
export function checkImage(content: Buffer): CheckedImage {
  if (content.length > IMAGE_LIMIT_BYTES)
    throw finesErrors.refuse('FILE_TOO_LARGE', { limitBytes: IMAGE_LIMIT_BYTES })
  const mediaType = imageMediaTypeOf(content)
  if (!mediaType) throw finesErrors.refuse('FILE_TYPE_REFUSED')
  return { content, mediaType, size: content.length, sha256: sha256Hex(content) }
}

/** @throws FINES_FILE_NOT_BASE64 and checkImage's refusals */
export function checkBase64Image(text: string): CheckedImage {
  const content = decodeBase64(text)
  if (!content) throw finesErrors.refuse('FILE_NOT_BASE64')
  return checkImage(content)
}
