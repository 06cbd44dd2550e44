import { Type, type Static } from '@sinclair/typebox'
import { PURPOSE_CODES } from '../../audit/index.js'

const Strict = { additionalProperties: false } as const
const Named = Type.Object({ vi: Type.String(), en: Type.String() })
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()])
const Instant = Type.String({ format: 'date-time' })
const Sla = Type.Union(
  [Type.Literal('on_time'), Type.Literal('due_soon'), Type.Literal('overdue')],
  {
    description: 'on time; due by the end of the next working day; overdue',
  },
)
const Purpose = Type.Union(
  PURPOSE_CODES.map((code) => Type.Literal(code)),
  { description: 'why the dossier is read; kept in the audit trail the applicant can see' },
)

export const QueueQuery = Type.Object(
  {
    unit: Type.Optional(
      Type.String({ pattern: '^([0-9]{2}|[0-9]{5})$', description: 'a commune or province code' }),
    ),
    service: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9.-]{3,20}$' })),
    status: Type.Optional(
      Type.Union(
        ['received', 'in_review', 'needs_info', 'approved', 'refused'].map((s) => Type.Literal(s)),
        { description: 'the open ones (received, in review, waiting for the resident) if absent' },
      ),
    ),
    sla: Type.Optional(Sla),
    q: Type.Optional(
      Type.String({
        maxLength: 24,
        pattern: '^[0-9A-Za-z-]*$',
        description: "a dossier code's beginning, or an applicant's personal number (12 digits)",
      }),
    ),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'next, from the last page' })),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  },
  Strict,
)
export type QueueQuery = Static<typeof QueueQuery>

export const QueueSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      serviceCode: Type.String(),
      serviceName: Named,
      status: Type.String(),
      channel: Type.String(),
      communeCode: Type.String(),
      receivedAt: Instant,
      dueAt: Instant,
      sla: Sla,
      paused: Type.Boolean(),
      assigneeId: Nullable(Type.String()),
      assignedToMe: Type.Boolean(),
      feePaid: Type.Boolean(),
    }),
  ),
  next: Nullable(Type.String()),
})

export const PurposeQuery = Type.Object({ purpose: Purpose }, Strict)

export const AttachmentParams = Type.Object({
  code: Type.String({ pattern: '^[0-9A-Z-]{10,24}$' }),
  id: Type.String({ format: 'uuid' }),
})

const Timeline = Type.Array(
  Type.Object({
    dossierCode: Type.String(),
    kind: Type.String(),
    at: Instant,
    note: Nullable(Type.String()),
  }),
)

export const OfficerDossierSchema = Type.Object({
  code: Type.String(),
  serviceCode: Type.String(),
  serviceName: Named,
  status: Type.String(),
  channel: Type.String(),
  communeCode: Type.String(),
  receivedAt: Instant,
  dueAt: Instant,
  sla: Sla,
  pausedAt: Nullable(Instant),
  assigneeId: Nullable(Type.String()),
  assignedToMe: Type.Boolean(),
  applicant: Type.Object({
    personalNumber: Type.String(),
    fullName: Type.String(),
    eidLevel: Type.Integer(),
  }),
  data: Type.Record(Type.String(), Type.Unknown()),
  labels: Type.Record(Type.String(), Named),
  documents: Type.Array(
    Type.Object({
      key: Type.String(),
      name: Named,
      required: Type.Boolean(),
      suppliedBy: Type.String(),
    }),
  ),
  attachments: Type.Array(
    Type.Object({
      id: Type.String(),
      requirement: Nullable(Type.String()),
      mediaType: Type.String(),
      size: Type.Integer(),
    }),
  ),
  vaultDocuments: Type.Array(
    Type.Object({
      id: Type.String(),
      requirement: Type.String(),
      kind: Type.Object({ code: Type.String(), name: Named }),
      origin: Type.Union([
        Type.Literal('issued'),
        Type.Literal('uploaded'),
        Type.Literal('certified'),
      ]),
      fields: Type.Record(Type.String(), Type.Unknown()),
      labels: Type.Record(Type.String(), Named),
      file: Type.Union([
        Type.Object({ mediaType: Type.String(), size: Type.Integer() }),
        Type.Null(),
      ]),
      issuerAgency: Nullable(Type.String()),
      issuedOn: Nullable(Type.String()),
      verified: Type.Boolean(),
    }),
  ),
  fee: Type.Object({ amount: Type.Integer(), paid: Type.Boolean() }),
  decidedAt: Nullable(Instant),
  decisionReason: Nullable(Type.String()),
  outcome: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  timeline: Timeline,
})

export const HandlingOutcomeSchema = Type.Object({
  code: Type.String(),
  status: Type.String(),
  dueAt: Instant,
  pausedAt: Nullable(Instant),
  assigneeId: Nullable(Type.String()),
  decidedAt: Nullable(Instant),
  decisionReason: Nullable(Type.String()),
  outcome: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
})

export const AssignBody = Type.Object(
  {
    assigneeId: Type.Optional(
      Type.String({ format: 'uuid', description: 'a colleague; yourself when absent' }),
    ),
  },
  Strict,
)
export const InfoRequestBody = Type.Object(
  { message: Type.String({ minLength: 1, maxLength: 1000 }) },
  Strict,
)
export const DecisionBody = Type.Object(
  {
    reason: Type.Optional(
      Type.String({ maxLength: 1000, description: 'required to refuse; a note to approve' }),
    ),
  },
  Strict,
)
export const AnswerBody = Type.Object(
  {
    message: Type.String({ minLength: 1, maxLength: 1000 }),
    attachments: Type.Optional(
      Type.Array(
        Type.Object({
          requirement: Type.String({ maxLength: 60 }),
          id: Type.String({ format: 'uuid' }),
        }),
        { maxItems: 20 },
      ),
    ),
  },
  Strict,
)

export const PdfSchema = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' })
