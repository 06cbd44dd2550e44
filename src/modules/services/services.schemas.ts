import { Type, type Static } from '@sinclair/typebox'

const Named = Type.Object({ vi: Type.String(), en: Type.String() })
const FormData = Type.Record(Type.String(), Type.Unknown())

export const ServiceCodeParams = Type.Object({
  code: Type.String({ pattern: '^[A-Za-z0-9.-]{3,20}$' }),
})
export const DossierCodeParams = Type.Object({
  code: Type.String({ pattern: '^[0-9A-Z-]{10,24}$' }),
})

export const CatalogueQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 100, description: 'words of the name, diacritics optional' }),
  ),
})

export const ServiceSummarySchema = Type.Object({
  code: Type.String(),
  essentialNo: Type.Union([Type.Integer(), Type.Null()]),
  name: Named,
  summary: Named,
  agency: Type.Object({ code: Type.String(), name: Named }),
  level: Type.String(),
  eidLevel: Type.Integer(),
  online: Type.String(),
  timeLimitDays: Type.Integer(),
  fee: Type.Integer(),
  linked: Type.Boolean(),
  paperless: Type.Boolean({ description: 'no paper scan to upload' }),
})
export const CatalogueSchema = Type.Object({ services: Type.Array(ServiceSummarySchema) })

export const ServiceDetailSchema = Type.Composite([
  ServiceSummarySchema,
  Type.Object({
    form: Type.Object({
      schema: Type.Unknown(),
      uiSchema: Type.Unknown(),
      labels: Type.Record(Type.String(), Named),
    }),
    prefilled: Type.Array(Type.String(), { description: 'fields the registry fills, locked' }),
    documents: Type.Array(
      Type.Object({
        key: Type.String(),
        name: Named,
        required: Type.Boolean(),
        suppliedBy: Type.String(),
        kinds: Type.Array(Type.String()),
      }),
    ),
    steps: Type.Array(Type.Object({ key: Type.String(), name: Named })),
    feeNote: Type.Union([Named, Type.Null()]),
    parts: Type.Array(Type.Object({ code: Type.String(), name: Named, agency: Named })),
  }),
])

export const FormStartSchema = Type.Object({
  serviceCode: Type.String(),
  values: FormData,
  locked: Type.Array(Type.String()),
  draft: Type.Union([Type.Object({ data: FormData, updatedAt: Type.String() }), Type.Null()]),
})

export const DraftBody = Type.Object({ data: FormData })
export const DraftSchema = Type.Object({
  serviceCode: Type.String(),
  data: FormData,
  updatedAt: Type.String({ format: 'date-time' }),
})
export const DraftListSchema = Type.Object({ drafts: Type.Array(DraftSchema) })

export const AttachmentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  mediaType: Type.String(),
  size: Type.Integer(),
  uploadedAt: Type.String({ format: 'date-time' }),
})

export const FilingBody = Type.Object({
  serviceCode: Type.String({ pattern: '^[A-Za-z0-9.-]{3,20}$' }),
  data: FormData,
  attachments: Type.Array(
    Type.Object({
      requirement: Type.String({ maxLength: 60 }),
      id: Type.String({ format: 'uuid' }),
    }),
    { default: [], maxItems: 20 },
  ),
  /** Documents of the filer's vault, each for one of the service's documents it supplies. */
  vaultDocuments: Type.Array(
    Type.Object({
      requirement: Type.String({ maxLength: 60 }),
      id: Type.String({ format: 'uuid' }),
    }),
    { default: [], maxItems: 20 },
  ),
})
export type FilingBody = Static<typeof FilingBody>

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ description: 'required: 1-200 printable ASCII characters, e.g. a UUID' }),
  ),
})

const Part = Type.Object({
  code: Type.String(),
  serviceCode: Type.String(),
  serviceName: Named,
  agency: Named,
  status: Type.String(),
  dueAt: Type.String({ format: 'date-time' }),
})

const ReceiptFields = {
  code: Type.String(),
  serviceCode: Type.String(),
  serviceName: Named,
  channel: Type.String(),
  status: Type.String(),
  receivedAt: Type.String({ format: 'date-time' }),
  dueAt: Type.String({ format: 'date-time' }),
  fee: Type.Object({ amount: Type.Integer(), paid: Type.Boolean() }),
  lookupPath: Type.String(),
  parts: Type.Array(Part),
}

export const ReceiptSchema = Type.Object({ ...ReceiptFields, applicantName: Type.String() })

export const MyDossierSchema = Type.Object({
  ...ReceiptFields,
  applicantName: Type.String(),
  data: FormData,
  decisionReason: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Union([FormData, Type.Null()]),
  timeline: Type.Array(
    Type.Object({
      dossierCode: Type.String(),
      kind: Type.String(),
      at: Type.String({ format: 'date-time' }),
      note: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
})

export const MyDossierListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
})
export const MyDossierListSchema = Type.Object({
  items: Type.Array(Type.Object(ReceiptFields)),
  next: Type.Union([Type.String(), Type.Null()]),
})

export const LookupSchema = Type.Object({
  code: Type.String(),
  serviceName: Named,
  status: Type.String(),
  receivedAt: Type.String({ format: 'date-time' }),
  dueAt: Type.String({ format: 'date-time' }),
  parts: Type.Array(
    Type.Object({ code: Type.String(), serviceName: Named, status: Type.String() }),
  ),
})

export const PdfSchema = Type.Unsafe<Buffer>({
  type: 'string',
  format: 'binary',
  description: 'application/pdf',
})

export const FeeSchema = Type.Object({
  reference: Type.String(),
  amount: Type.Integer(),
  purpose: Type.String(),
  description: Type.String(),
  status: Type.Union([Type.Literal('unpaid'), Type.Literal('paid')]),
  paidAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  vietQr: Type.String({ description: 'the VietQR (EMVCo) payload any bank app reads' }),
  payee: Type.Object({ bin: Type.String(), account: Type.String(), name: Type.String() }),
  canSimulate: Type.Boolean({
    description:
      'outside production: a simulated bank can pay it (POST /payments/:reference/simulate)',
  }),
})
