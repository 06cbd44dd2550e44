// The services API's answers as this feature reads them, from the generated OpenAPI types.
import type { ResponseOf } from '../../api/types'

type Item<T> = T extends readonly (infer E)[] ? E : never

export type ServiceSummary = Item<ResponseOf<'/api/v1/services/catalogue', 'get'>['services']>
export type ServiceDetail = ResponseOf<'/api/v1/services/catalogue/{code}', 'get'>
export type ServiceDocument = Item<ServiceDetail['documents']>
export type FormStart = ResponseOf<'/api/v1/services/catalogue/{code}/form', 'get'>
export type Receipt = ResponseOf<'/api/v1/services/dossiers', 'post'>
export type MyDossier = ResponseOf<'/api/v1/me/dossiers/{code}', 'get'>
export type MyDossierItem = Item<ResponseOf<'/api/v1/me/dossiers', 'get'>['items']>
export type DossierLookup = ResponseOf<'/api/v1/services/lookup/{code}', 'get'>
export type Attachment = ResponseOf<'/api/v1/services/attachments', 'post'>

/** A text in both languages, as the catalogue writes it. */
export interface Named {
  vi: string
  en: string
}

/** Form data as the form holds it: nested objects by the schema's properties. */
export type FormValues = Record<string, unknown>
