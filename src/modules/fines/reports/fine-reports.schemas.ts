import { Type, type Static } from '@sinclair/typebox'

const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', examples: ['2026-12-01'] })

export const FineReportQuery = Type.Object(
  {
    /** First Vietnam calendar day of the period, included. */
    from: Day,
    /** Last Vietnam calendar day of the period, included. */
    to: Day,
  },
  { additionalProperties: false },
)
export type FineReportQuery = Static<typeof FineReportQuery>

const Figures = {
  violations: Type.Integer({ description: 'violations that occurred in the period' }),
  fined: Type.Integer({ description: 'their fines, in đồng' }),
  paid: Type.Integer({ description: 'of them, paid' }),
  paidAmount: Type.Integer({ description: 'the fines paid, in đồng' }),
  paidOnline: Type.Integer({ description: 'of them, paid online by VietQR' }),
  paidOnlineShare: Type.Number({ description: 'paid online, in % of the violations' }),
}
export type FineFigures = { [K in keyof typeof Figures]: number }

export const FineReportSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  total: Type.Object(Figures),
  byArticle: Type.Array(
    Type.Object({
      articleCode: Type.String(),
      article: Type.Object({ vi: Type.String(), en: Type.String() }),
      ...Figures,
    }),
  ),
  byCommune: Type.Array(
    Type.Object({ communeCode: Type.String(), communeName: Type.String(), ...Figures }),
  ),
  /** Vietnam calendar months, YYYY-MM, those with violations. */
  byMonth: Type.Array(Type.Object({ month: Type.String(), ...Figures })),
})
export type FineReport = Static<typeof FineReportSchema>
