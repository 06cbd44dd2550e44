import { Type, type Static } from '@sinclair/typebox'

const Text = Type.Object({ vi: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) })

/** One kind of document, as data (data/documents/kinds/*.json): a new kind is a new file. */
export const DocumentKind = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 48 }),
    name: Text,
    /** The plan's models whose indicators count it (32 judicial record, 33 books, 34 land). */
    models: Type.Array(Type.Integer({ minimum: 1, maximum: 43 }), { default: [] }),
    /**
     * Agencies whose systems may issue it, by the agency code their partner grant carries; none
     * for what only residents upload or officers certify.
     */
    issuers: Type.Array(Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,31}$' })),
    /** Shown as a card of its fields, or as its PDF. */
    display: Type.Union([Type.Literal('card'), Type.Literal('pdf')]),
    /** Whether a resident may upload a scan of it (never for what only an officer certifies). */
    uploadable: Type.Boolean({ default: true }),
    fields: Type.Object({
      /** JSON Schema (draft 7) of the structured fields an issuer sends. */
      schema: Type.Object({ type: Type.Literal('object') }, { additionalProperties: true }),
      /** Each field's label, in both languages. */
      labels: Type.Record(Type.String(), Text),
    }),
    /** Where the kind's fields come from (the legal form). */
    sources: Type.Array(Type.String(), { default: [] }),
  },
  { additionalProperties: false },
)
export type DocumentKind = Static<typeof DocumentKind>
