export type Structure = '2024' | '2025'

export interface CommuneRow {
  code: string
  name: string
  type: string
  province_code: string
  urban: boolean
  district_code: string | null
  district_name: string | null
}

export interface UnitRef {
  code: string
  name: string
  level: 'province' | 'district' | 'commune'
}

/**
 * The units of the copy's province(s), for filters and jurisdiction: the current communes
 * (2025 structure) and the former districts each counts in (2024 structure).
 */
export class UnitDirectory {
  private readonly byCode: Map<string, CommuneRow>

  constructor(
    readonly communes: readonly CommuneRow[],
    private readonly provinceNames: ReadonlyMap<string, string>,
  ) {
    this.byCode = new Map(communes.map((c) => [c.code, c]))
  }

  get provinceCodes(): string[] {
    return [...new Set(this.communes.map((c) => c.province_code))]
  }

  /**
   * The current communes a unit code stands for: a province, a current commune or (in the 2024
   * structure) a former district; undefined when the code is none of them.
   */
  communesOf(code: string, structure: Structure): string[] | undefined {
    if (this.provinceCodes.includes(code))
      return this.communes.filter((c) => c.province_code === code).map((c) => c.code)
    if (this.byCode.has(code)) return [code]
    if (structure === '2024') {
      const inDistrict = this.communes.filter((c) => c.district_code === code).map((c) => c.code)
      if (inDistrict.length > 0) return inDistrict
    }
    return undefined
  }

  /** The name of a current commune or a former district, for labels. */
  nameOf(code: string): string {
    return this.describe(code)?.name ?? code
  }

  /** The unit a code names, for the response's filter echo. */
  describe(code: string): UnitRef | undefined {
    const commune = this.byCode.get(code)
    if (commune) return { code, name: commune.name, level: 'commune' }
    const inDistrict = this.communes.find((c) => c.district_code === code)
    if (inDistrict?.district_name)
      return { code, name: inDistrict.district_name, level: 'district' }
    return this.provinceCodes.includes(code)
      ? { code, name: this.provinceNames.get(code) ?? code, level: 'province' }
      : undefined
  }
}
