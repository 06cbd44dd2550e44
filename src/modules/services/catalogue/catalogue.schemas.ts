import { Type, type Static } from '@sinclair/typebox'

const Text = Type.Object({ vi: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) })

/**
 * The registry fields a form may be filled from: the applicant's own record (`applicant.*`) and
 * their household's address. Locked on the form and shown as "from the population database".
 */
export const PREFILL_SOURCES = [
  'applicant.personalNumber',
  'applicant.fullName',
  'applicant.birthDate',
  'applicant.sex',
  'applicant.ethnicity',
  'applicant.communeCode',
  'applicant.communeName',
  'applicant.address',
  'applicant.oldIdNumber',
] as const
export type PrefillSource = (typeof PREFILL_SOURCES)[number]

/** What an approved dossier changes in the registry (the population module does it). */
export const EFFECT_KINDS = [
  'registerBirth',
  'registerDeath',
  'registerTemporaryResidence',
  'declareTemporaryAbsence',
  'registerPermanentResidence',
] as const
export type EffectKind = (typeof EFFECT_KINDS)[number]

const Requirement = Type.Object({
  key: Type.String({ pattern: '^[a-z][a-zA-Z0-9]*$' }),
  name: Text,
  required: Type.Boolean(),
  /**
   * Where the paper comes from: the registry already knows it (nothing to attach), the document
   * vault can supply one of `kinds`, or the resident uploads a scan.
   */
  suppliedBy: Type.Union([Type.Literal('registry'), Type.Literal('vault'), Type.Literal('upload')]),
  /** Document kinds that satisfy it (the vault's kinds, issue 20). */
  kinds: Type.Array(Type.String(), { default: [] }),
})

const Step = Type.Object({ key: Type.String(), name: Text })

/** One service of the catalogue, as data (data/services/catalogue/*.json). */
export const ServiceDefinition = Type.Object(
  {
    /** The national procedure code (Cổng Dịch vụ công quốc gia), or ours for a linked filing. */
    code: Type.String({ pattern: '^[A-Za-z0-9.-]{3,20}$' }),
    /** Its number in the list of 25 essential services (Decision 06/QĐ-TTg), when it is one. */
    essentialNo: Type.Optional(Type.Integer({ minimum: 1, maximum: 53 })),
    name: Text,
    /** A plain-language line for the catalogue. */
    summary: Text,
    /** The agency kind that owns it (plan-106-agencies codes or a short name) and its name. */
    agency: Type.Object({ code: Type.String(), name: Text }),
    /** The level of administrative unit that handles it: the applicant's commune, or the province. */
    level: Type.Union([Type.Literal('commune'), Type.Literal('province')]),
    /**
     * Where the handling commune comes from: the applicant's registered commune, or a form field
     * that holds a commune code (a new address).
     */
    unitFrom: Type.Optional(Type.String({ pattern: '^(applicant|form:[a-zA-Z0-9.]+)$' })),
    /** Staff roles that handle it (within their units). */
    handledBy: Type.Array(Type.String(), { minItems: 1 }),
    /** The eID level a resident must hold to file it. */
    eidLevel: Type.Union([Type.Literal(1), Type.Literal(2)]),
    /** Fully online (the result too) or partly (the result is collected). */
    online: Type.Union([Type.Literal('full'), Type.Literal('partial')]),
    form: Type.Object({
      /** JSON Schema (draft 7) of the form's data. */
      schema: Type.Object({ type: Type.Literal('object') }, { additionalProperties: true }),
      /** @rjsf UI hints: widgets, order, help. */
      uiSchema: Type.Record(Type.String(), Type.Unknown(), { default: {} }),
      /** Each field's label by its dotted path, in both languages. */
      labels: Type.Record(Type.String(), Text),
    }),
    /** Form field (dotted path) → registry field. */
    prefill: Type.Record(Type.String(), Type.Union(PREFILL_SOURCES.map((s) => Type.Literal(s))), {
      default: {},
    }),
    documents: Type.Array(Requirement, { default: [] }),
    steps: Type.Array(Step, { minItems: 1 }),
    /** The legal time limit, in working days. */
    timeLimitDays: Type.Integer({ minimum: 0, maximum: 90 }),
    /** In VND; 0 when free. */
    fee: Type.Object({ amount: Type.Integer({ minimum: 0 }), note: Type.Optional(Text) }),
    result: Type.Object({
      template: Type.Object({
        titleVi: Type.String(),
        titleEn: Type.String(),
        /** Text with {{path}} placeholders filled from the form's data. */
        bodyVi: Type.String(),
        bodyEn: Type.String(),
      }),
    }),
    /** A registry change on approval, its input taken from form fields (name → dotted path). */
    effect: Type.Optional(
      Type.Object({
        kind: Type.Union(EFFECT_KINDS.map((k) => Type.Literal(k))),
        fields: Type.Record(Type.String(), Type.String()),
      }),
    ),
    /**
     * A linked filing (liên thông): one form that opens a dossier at each part's agency, each
     * part a service of the catalogue given the same data.
     */
    parts: Type.Optional(Type.Array(Type.String(), { minItems: 2 })),
    /**
     * What a part's effect takes from another part's outcome rather than from the form (part →
     * effect input → the part and outcome key): the child's residence is registered under the
     * personal number that the birth part gave, which the parent could not write on the form.
     */
    partInputs: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Record(Type.String(), Type.Object({ part: Type.String(), outcome: Type.String() })),
      ),
    ),
    /**
     * A filled form that passes the schema (prefilled fields included, with any values): the
     * tests file every service with it, end to end.
     */
    example: Type.Record(Type.String(), Type.Unknown()),
    /** Search words beyond the name (folded), e.g. "tam tru", "KT3". */
    keywords: Type.Array(Type.String(), { default: [] }),
    /** Where the procedure's rules come from. */
    sources: Type.Array(Type.String(), { minItems: 1 }),
  },
  { additionalProperties: false },
)
export type ServiceDefinition = Static<typeof ServiceDefinition>
