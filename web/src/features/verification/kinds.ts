export const PARTNER_KINDS = ['hospital', 'notary', 'pawnshop', 'examBoard', 'school'] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

/** A partner's kind as people say it, in the reader's language. */
export const kindLabel = (t: (key: `kind.${PartnerKind}`) => string, kind: PartnerKind) =>
  t(`kind.${kind}`)
