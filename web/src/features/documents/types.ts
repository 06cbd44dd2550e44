import type { ResponseOf } from '../../api/types'

export type VaultDocument = ResponseOf<'/api/v1/me/documents/{id}', 'get'>
export type CreatedShare = ResponseOf<'/api/v1/me/documents/{id}/shares', 'post'>
export type ShareSummary = ResponseOf<'/api/v1/me/documents/{id}/shares', 'get'>['shares'][number]
/** What a card shows: a document of one's own vault, or one shared (without its owner's title). */
export type DocumentShown = Omit<VaultDocument, 'title'> & { title?: string | null }
