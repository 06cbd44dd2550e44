import type { Executor } from '../../../platform/db/database.js'
import { vietnamDays } from '../../../platform/time/vietnam.js'
import { catalogue } from '../catalogue/catalogue.js'
import { isPaperless } from '../catalogue/catalogue.presenters.js'
import { tallyFilings, type CommuneTally } from './kpi.queries.js'

/** Project 06's list of essential services that must be fully online (Decision 06/QĐ-TTg). */
export const ESSENTIAL_SERVICES = 53

export interface ServicesKpi {
  catalogue: { services: number; fullyOnline: number; essentialOnline: number; paperless: number }
  /** By handling commune, in the period. */
  communes: CommuneTally[]
  totals: Omit<CommuneTally, 'communeCode'>
}

const sumOf = (rows: CommuneTally[], key: Exclude<keyof CommuneTally, 'communeCode'>) =>
  rows.reduce((sum, r) => sum + r[key], 0)

/**
 * What models 1, 2, 3 and 5 measure: the catalogue's online and paperless services, and the
 * period's filings by channel and eID level, and decisions on time.
 * @param period Vietnam calendar days, both included
 */
export async function servicesKpi(
  db: Executor,
  period: { from: string; to: string },
): Promise<ServicesKpi> {
  const services = [...catalogue().values()].map((s) => s.definition)
  const communes = await tallyFilings(db, vietnamDays(period))
  return {
    catalogue: {
      services: services.length,
      fullyOnline: services.filter((s) => s.online === 'full').length,
      essentialOnline: services.filter((s) => s.online === 'full' && s.essentialNo !== undefined)
        .length,
      paperless: services.filter(isPaperless).length,
    },
    communes,
    totals: {
      filed: sumOf(communes, 'filed'),
      online: sumOf(communes, 'online'),
      kiosk: sumOf(communes, 'kiosk'),
      levelTwo: sumOf(communes, 'levelTwo'),
      decided: sumOf(communes, 'decided'),
      decidedOnTime: sumOf(communes, 'decidedOnTime'),
    },
  }
}
