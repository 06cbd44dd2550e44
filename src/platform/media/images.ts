import { createHash } from 'node:crypto'

export const IMAGE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type ImageMediaType = (typeof IMAGE_MEDIA_TYPES)[number]

// The file's own first bytes decide its type; a declared type or a name is not believed.
const matches = (content: Buffer, magic: number[], at = 0): boolean =>
  content.length >= at + magic.length && magic.every((byte, i) => content[at + i] === byte)

/** The image type a file's first bytes say it is, among JPEG, PNG and WebP; undefined otherwise. */
export function imageMediaTypeOf(content: Buffer): ImageMediaType | undefined {
  if (matches(content, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (matches(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  // RIFF....WEBP
  if (matches(content, [0x52, 0x49, 0x46, 0x46]) && matches(content, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp'
  return undefined
}

export const sha256Hex = (content: Buffer): string =>
  createHash('sha256').update(content).digest('hex')

/**
 * Base64 as a JSON body carries it, strictly: undefined for anything that is not base64 (Node's
 * decoder silently skips bad characters, so the text is checked first).
 */
export function decodeBase64(text: string): Buffer | undefined {
  if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text))
    return undefined
  return Buffer.from(text, 'base64')
}
