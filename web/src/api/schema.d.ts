/* eslint-disable */
// Generated from the platform's OpenAPI document by `npm run api:types`; do not edit.
// npm test fails when this file and the server's schemas disagree.

export interface paths {
  '/.well-known/jwt-vc-issuer': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Khoá công khai của cơ quan cấp thẻ số / SD-JWT VC issuer metadata and keys */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              issuer: string
              jwks: {
                keys: {
                  [key: string]: unknown
                }[]
              }
            }
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/digital-citizens': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Công dân số (mô hình 23) / Digital citizens (model 23) */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD */
          asOf?: string
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              charts: {
                columns: {
                  key: string
                  /** @description the same text in Vietnamese and English */
                  label: {
                    en: string
                    vi: string
                  }
                  /**
                   * @description the dimension's values are names (of sites): shown as written, never translated
                   * @enum {boolean}
                   */
                  names?: true
                  role: 'dimension' | 'measure'
                  /** @description people, households, percent, ratio, per_km2, km2, guests, nights, declarations, alerts, events, capacity */
                  unit?: string
                }[]
                /** @description stable id, also the export route’s chart parameter */
                id: string
                /** @description how the chart is meant to be drawn */
                kind: 'kpi' | 'bar' | 'stacked-bar' | 'line' | 'pie' | 'pyramid' | 'table'
                /** @description labels[dimensionKey][code] for dimensions whose values are codes */
                labels: {
                  [key: string]: {
                    [key: string]: {
                      en: string
                      vi: string
                    }
                  }
                }
                /** @description the same text in Vietnamese and English */
                note: {
                  en: string
                  vi: string
                } | null
                /** @description one object per category, keyed by column key; a null measure means "not computable" */
                rows: {
                  [key: string]: string | number | boolean | (never | null)
                }[]
                /** @description the same text in Vietnamese and English */
                title: {
                  en: string
                  vi: string
                }
              }[]
              copy: {
                /** @description when the copy was built from the database */
                builtAt: string
                /** @description when the last outbox event was applied */
                lastEventAt: string | null
              }
              dashboard: string
              filters: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                asOf?: string
                /** @description the communes covered; null = the whole province */
                communes: string[] | null
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                from?: string
                granularity?: string
                /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
                structure: '2024' | '2025'
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                to?: string
                unit: {
                  code: string
                  level: 'province' | 'district' | 'commune'
                  name: string
                } | null
              }
              /** @description the same text in Vietnamese and English */
              title: {
                en: string
                vi: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/digital-citizens/export': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Công dân số (mô hình 23): xuất số liệu / Digital citizens (model 23): data as CSV or XLSX */
    get: {
      parameters: {
        query: {
          /** @description YYYY-MM-DD */
          asOf?: string
          /** @description one chart by id; all charts when absent (XLSX only) */
          chart?: string & unknown
          format: 'csv' | 'xlsx'
          /** @description language of the headers; default vi */
          lang?: 'vi' | 'en'
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description CSV (one chart) or XLSX (one sheet per chart) */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/labour': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Phân tích lao động / Labour analysis */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD */
          asOf?: string
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              charts: {
                columns: {
                  key: string
                  /** @description the same text in Vietnamese and English */
                  label: {
                    en: string
                    vi: string
                  }
                  /**
                   * @description the dimension's values are names (of sites): shown as written, never translated
                   * @enum {boolean}
                   */
                  names?: true
                  role: 'dimension' | 'measure'
                  /** @description people, households, percent, ratio, per_km2, km2, guests, nights, declarations, alerts, events, capacity */
                  unit?: string
                }[]
                /** @description stable id, also the export route’s chart parameter */
                id: string
                /** @description how the chart is meant to be drawn */
                kind: 'kpi' | 'bar' | 'stacked-bar' | 'line' | 'pie' | 'pyramid' | 'table'
                /** @description labels[dimensionKey][code] for dimensions whose values are codes */
                labels: {
                  [key: string]: {
                    [key: string]: {
                      en: string
                      vi: string
                    }
                  }
                }
                /** @description the same text in Vietnamese and English */
                note: {
                  en: string
                  vi: string
                } | null
                /** @description one object per category, keyed by column key; a null measure means "not computable" */
                rows: {
                  [key: string]: string | number | boolean | (never | null)
                }[]
                /** @description the same text in Vietnamese and English */
                title: {
                  en: string
                  vi: string
                }
              }[]
              copy: {
                /** @description when the copy was built from the database */
                builtAt: string
                /** @description when the last outbox event was applied */
                lastEventAt: string | null
              }
              dashboard: string
              filters: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                asOf?: string
                /** @description the communes covered; null = the whole province */
                communes: string[] | null
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                from?: string
                granularity?: string
                /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
                structure: '2024' | '2025'
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                to?: string
                unit: {
                  code: string
                  level: 'province' | 'district' | 'commune'
                  name: string
                } | null
              }
              /** @description the same text in Vietnamese and English */
              title: {
                en: string
                vi: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/labour/export': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Phân tích lao động: xuất số liệu / Labour analysis: data as CSV or XLSX */
    get: {
      parameters: {
        query: {
          /** @description YYYY-MM-DD */
          asOf?: string
          /** @description one chart by id; all charts when absent (XLSX only) */
          chart?: string & unknown
          format: 'csv' | 'xlsx'
          /** @description language of the headers; default vi */
          lang?: 'vi' | 'en'
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description CSV (one chart) or XLSX (one sheet per chart) */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/maps/{layer}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Ranh giới cho bản đồ / Boundaries for the maps */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          layer: 'province' | 'former-districts'
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description GeoJSON (WGS84); former districts carry district_code, district_name, area_km2_computed */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              features: {
                geometry: unknown
                properties: {
                  [key: string]: string | number | boolean | (never | null)
                }
                /** @enum {string} */
                type: 'Feature'
              }[]
              /** @enum {string} */
              type: 'FeatureCollection'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/open-data/': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh mục dữ liệu mở / The open datasets */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              datasets: {
                /** @description path of the CSV (one line per cell) */
                csv: string
                /** @description the same text in Vietnamese and English */
                description: {
                  en: string
                  vi: string
                }
                id: string
                /** @description path of the JSON table */
                json: string
                threshold: number
                /** @description the same text in Vietnamese and English */
                title: {
                  en: string
                  vi: string
                }
              }[]
            }
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/open-data/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một bộ dữ liệu mở (JSON) / One open dataset as JSON */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date */
              asOf: string
              /** @description when the analytical copy was built */
              builtAt: string
              columns: {
                key: string
                /** @description the same text in Vietnamese and English */
                label: {
                  en: string
                  vi: string
                }
              }[]
              /** @description the same text in Vietnamese and English */
              description: {
                en: string
                vi: string
              }
              id: string
              rows: {
                /** @description in the order of columns */
                cells: {
                  /** @description withheld: below the threshold, or would reveal one */
                  suppressed: boolean
                  /** @description null when withheld */
                  value: number | null
                }[]
                /** @description commune code (2025 structure) */
                code: string
                label: string
                total: {
                  /** @description withheld: below the threshold, or would reveal one */
                  suppressed: boolean
                  /** @description null when withheld */
                  value: number | null
                }
              }[]
              suppressedCells: number
              /** @description cells below this are withheld */
              threshold: number
              /** @description the same text in Vietnamese and English */
              title: {
                en: string
                vi: string
              }
              totals: {
                cells: {
                  /** @description withheld: below the threshold, or would reveal one */
                  suppressed: boolean
                  /** @description null when withheld */
                  value: number | null
                }[]
                total: {
                  /** @description withheld: below the threshold, or would reveal one */
                  suppressed: boolean
                  /** @description null when withheld */
                  value: number | null
                }
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/open-data/{id}/csv': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một bộ dữ liệu mở (CSV) / One open dataset as CSV */
    get: {
      parameters: {
        query?: {
          /** @description labels; default vi */
          lang?: 'vi' | 'en'
        }
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description row_code,row_label,column_code,column_label,value,suppressed */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/population': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Phân tích dân số / Population analysis */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD */
          asOf?: string
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              charts: {
                columns: {
                  key: string
                  /** @description the same text in Vietnamese and English */
                  label: {
                    en: string
                    vi: string
                  }
                  /**
                   * @description the dimension's values are names (of sites): shown as written, never translated
                   * @enum {boolean}
                   */
                  names?: true
                  role: 'dimension' | 'measure'
                  /** @description people, households, percent, ratio, per_km2, km2, guests, nights, declarations, alerts, events, capacity */
                  unit?: string
                }[]
                /** @description stable id, also the export route’s chart parameter */
                id: string
                /** @description how the chart is meant to be drawn */
                kind: 'kpi' | 'bar' | 'stacked-bar' | 'line' | 'pie' | 'pyramid' | 'table'
                /** @description labels[dimensionKey][code] for dimensions whose values are codes */
                labels: {
                  [key: string]: {
                    [key: string]: {
                      en: string
                      vi: string
                    }
                  }
                }
                /** @description the same text in Vietnamese and English */
                note: {
                  en: string
                  vi: string
                } | null
                /** @description one object per category, keyed by column key; a null measure means "not computable" */
                rows: {
                  [key: string]: string | number | boolean | (never | null)
                }[]
                /** @description the same text in Vietnamese and English */
                title: {
                  en: string
                  vi: string
                }
              }[]
              copy: {
                /** @description when the copy was built from the database */
                builtAt: string
                /** @description when the last outbox event was applied */
                lastEventAt: string | null
              }
              dashboard: string
              filters: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                asOf?: string
                /** @description the communes covered; null = the whole province */
                communes: string[] | null
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                from?: string
                granularity?: string
                /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
                structure: '2024' | '2025'
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                to?: string
                unit: {
                  code: string
                  level: 'province' | 'district' | 'commune'
                  name: string
                } | null
              }
              /** @description the same text in Vietnamese and English */
              title: {
                en: string
                vi: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/population/export': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Phân tích dân số: xuất số liệu / Population analysis: data as CSV or XLSX */
    get: {
      parameters: {
        query: {
          /** @description YYYY-MM-DD */
          asOf?: string
          /** @description one chart by id; all charts when absent (XLSX only) */
          chart?: string & unknown
          format: 'csv' | 'xlsx'
          /** @description language of the headers; default vi */
          lang?: 'vi' | 'en'
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description CSV (one chart) or XLSX (one sheet per chart) */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/public-order': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Phân tích trật tự xã hội / Public order analysis */
    get: {
      parameters: {
        query?: {
          /** @description first day (default: 29 days before to) */
          from?: string
          /** @description periods of the time series (weeks start on Monday); default day */
          granularity?: 'day' | 'week' | 'month'
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description last day (default: today in Vietnam) */
          to?: string
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              charts: {
                columns: {
                  key: string
                  /** @description the same text in Vietnamese and English */
                  label: {
                    en: string
                    vi: string
                  }
                  /**
                   * @description the dimension's values are names (of sites): shown as written, never translated
                   * @enum {boolean}
                   */
                  names?: true
                  role: 'dimension' | 'measure'
                  /** @description people, households, percent, ratio, per_km2, km2, guests, nights, declarations, alerts, events, capacity */
                  unit?: string
                }[]
                /** @description stable id, also the export route’s chart parameter */
                id: string
                /** @description how the chart is meant to be drawn */
                kind: 'kpi' | 'bar' | 'stacked-bar' | 'line' | 'pie' | 'pyramid' | 'table'
                /** @description labels[dimensionKey][code] for dimensions whose values are codes */
                labels: {
                  [key: string]: {
                    [key: string]: {
                      en: string
                      vi: string
                    }
                  }
                }
                /** @description the same text in Vietnamese and English */
                note: {
                  en: string
                  vi: string
                } | null
                /** @description one object per category, keyed by column key; a null measure means "not computable" */
                rows: {
                  [key: string]: string | number | boolean | (never | null)
                }[]
                /** @description the same text in Vietnamese and English */
                title: {
                  en: string
                  vi: string
                }
              }[]
              copy: {
                /** @description when the copy was built from the database */
                builtAt: string
                /** @description when the last outbox event was applied */
                lastEventAt: string | null
              }
              dashboard: string
              filters: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                asOf?: string
                /** @description the communes covered; null = the whole province */
                communes: string[] | null
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                from?: string
                granularity?: string
                /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
                structure: '2024' | '2025'
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                to?: string
                unit: {
                  code: string
                  level: 'province' | 'district' | 'commune'
                  name: string
                } | null
              }
              /** @description the same text in Vietnamese and English */
              title: {
                en: string
                vi: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/public-order/export': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Phân tích trật tự xã hội: xuất số liệu / Public order analysis: data as CSV or XLSX */
    get: {
      parameters: {
        query: {
          /** @description one chart by id; all charts when absent (XLSX only) */
          chart?: string & unknown
          format: 'csv' | 'xlsx'
          /** @description first day (default: 29 days before to) */
          from?: string
          /** @description periods of the time series (weeks start on Monday); default day */
          granularity?: 'day' | 'week' | 'month'
          /** @description language of the headers; default vi */
          lang?: 'vi' | 'en'
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description last day (default: today in Vietnam) */
          to?: string
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description CSV (one chart) or XLSX (one sheet per chart) */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/status': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Bản sao phân tích và các bảng điều khiển / The analytical copy and the dashboards */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              building: boolean
              builtAt: string | null
              dashboards: {
                charts: {
                  id: string
                  /** @description the same text in Vietnamese and English */
                  title: {
                    en: string
                    vi: string
                  }
                }[]
                filters: 'snapshot' | 'period'
                id: string
                /** @description the same text in Vietnamese and English */
                title: {
                  en: string
                  vi: string
                }
              }[]
              eventsApplied: number
              lastEventAt: string | null
              ready: boolean
              residents: number | null
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/tourism': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Du lịch qua lưu trú / Tourism through accommodation */
    get: {
      parameters: {
        query?: {
          /** @description first day (default: 29 days before to) */
          from?: string
          /** @description periods of the time series (weeks start on Monday); default day */
          granularity?: 'day' | 'week' | 'month'
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description last day (default: today in Vietnam) */
          to?: string
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              charts: {
                columns: {
                  key: string
                  /** @description the same text in Vietnamese and English */
                  label: {
                    en: string
                    vi: string
                  }
                  /**
                   * @description the dimension's values are names (of sites): shown as written, never translated
                   * @enum {boolean}
                   */
                  names?: true
                  role: 'dimension' | 'measure'
                  /** @description people, households, percent, ratio, per_km2, km2, guests, nights, declarations, alerts, events, capacity */
                  unit?: string
                }[]
                /** @description stable id, also the export route’s chart parameter */
                id: string
                /** @description how the chart is meant to be drawn */
                kind: 'kpi' | 'bar' | 'stacked-bar' | 'line' | 'pie' | 'pyramid' | 'table'
                /** @description labels[dimensionKey][code] for dimensions whose values are codes */
                labels: {
                  [key: string]: {
                    [key: string]: {
                      en: string
                      vi: string
                    }
                  }
                }
                /** @description the same text in Vietnamese and English */
                note: {
                  en: string
                  vi: string
                } | null
                /** @description one object per category, keyed by column key; a null measure means "not computable" */
                rows: {
                  [key: string]: string | number | boolean | (never | null)
                }[]
                /** @description the same text in Vietnamese and English */
                title: {
                  en: string
                  vi: string
                }
              }[]
              copy: {
                /** @description when the copy was built from the database */
                builtAt: string
                /** @description when the last outbox event was applied */
                lastEventAt: string | null
              }
              dashboard: string
              filters: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                asOf?: string
                /** @description the communes covered; null = the whole province */
                communes: string[] | null
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                from?: string
                granularity?: string
                /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
                structure: '2024' | '2025'
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                to?: string
                unit: {
                  code: string
                  level: 'province' | 'district' | 'commune'
                  name: string
                } | null
              }
              /** @description the same text in Vietnamese and English */
              title: {
                en: string
                vi: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/analytics/tourism/export': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Du lịch qua lưu trú: xuất số liệu / Tourism through accommodation: data as CSV or XLSX */
    get: {
      parameters: {
        query: {
          /** @description one chart by id; all charts when absent (XLSX only) */
          chart?: string & unknown
          format: 'csv' | 'xlsx'
          /** @description first day (default: 29 days before to) */
          from?: string
          /** @description periods of the time series (weeks start on Monday); default day */
          granularity?: 'day' | 'week' | 'month'
          /** @description language of the headers; default vi */
          lang?: 'vi' | 'en'
          /** @description 2025: by current commune (default); 2024: by former district (each current commune counts in the district that held most of the communes it was made of) */
          structure?: '2024' | '2025'
          /** @description last day (default: today in Vietnam) */
          to?: string
          /** @description a province (2 digits), a current commune (5 digits) or, with structure=2024, a former district (3 digits) */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description CSV (one chart) or XLSX (one sheet per chart) */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/audit/head': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đầu chuỗi nhật ký kiểm toán đã ký / The signed head of the audit chain */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              head: {
                at: string
                count: number
                head: string
                /** @description compact ES256 JWS, typ cds-audit-head+jws */
                jws: string
              } | null
              keys: {
                keys: {
                  [key: string]: unknown
                }[]
              }
            }
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/businesses/': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Hộ kinh doanh trên địa bàn / Household businesses in my jurisdiction */
    get: {
      parameters: {
        query?: {
          /** @description a commune in force today */
          communeCode?: string & unknown
          /** @description default 100 */
          limit?: number
          status?: 'active' | 'ended'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              communeCode: string
              endedAt: string | null
              endReason: string | null
              id: string
              marketplace: boolean
              name: string
              provinceCode: string
              registeredAt: string
              registrationNumber: string
              shopUrl: string | null
              status: 'active' | 'ended'
              tradeCode: string
            }[]
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký hộ kinh doanh (cán bộ xã) / Register a household business */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            address: string & unknown
            /** @description a commune in force today */
            communeCode: string & unknown
            name: string & unknown
            /** @description the owner's personal number */
            ownerNumber: string & unknown
            /** @description as on the certificate of registration, e.g. 47A8001234 */
            registrationNumber: string & unknown
            /** @description the shop on a marketplace, https only */
            shopUrl?: string & unknown
            tradeCode:
              | 'ocop_product'
              | 'local_specialty'
              | 'handicraft'
              | 'fruit_orchard'
              | 'homestay'
              | 'eco_tourism'
              | 'food_service'
              | 'grocery'
              | 'repair'
              | 'transport'
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              communeCode: string
              endedAt: string | null
              endReason: string | null
              id: string
              marketplace: boolean
              name: string
              provinceCode: string
              registeredAt: string
              registrationNumber: string
              shopUrl: string | null
              status: 'active' | 'ended'
              tradeCode: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/businesses/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một hộ kinh doanh / One household business */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              communeCode: string
              endedAt: string | null
              endReason: string | null
              id: string
              marketplace: boolean
              name: string
              provinceCode: string
              registeredAt: string
              registrationNumber: string
              shopUrl: string | null
              status: 'active' | 'ended'
              tradeCode: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/businesses/{id}/end': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Chấm dứt hoạt động hộ kinh doanh / End a household business */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            reason: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              communeCode: string
              endedAt: string | null
              endReason: string | null
              id: string
              marketplace: boolean
              name: string
              provinceCode: string
              registeredAt: string
              registrationNumber: string
              shopUrl: string | null
              status: 'active' | 'ended'
              tradeCode: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/businesses/sellers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Người bán hộ kinh doanh đã xác thực, theo xã / Verified household sellers by commune */
    get: {
      parameters: {
        query?: {
          /** @description a commune in force today */
          communeCode?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              communeName: string
              sellers: {
                communeCode: string
                communeName: string
                name: string
                shopUrl: string
                tradeCode: string
                tradeEn: string
                tradeVi: string
              }[]
            }[]
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/businesses/trades': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Ngành nghề kinh doanh / Trades */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              code: string
              /** @description a tourism or local specialty trade (model 22) */
              marketplace: boolean
              nameEn: string
              nameVi: string
            }[]
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/operators': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đơn vị vận hành trong địa bàn / Operators in my units */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              operators: {
                communeCode: string
                /** Format: date-time */
                createdAt: string
                /** Format: uuid */
                id: string
                name: string
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký đơn vị vận hành / Register a site operator */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            communeCode: string & unknown
            name: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              /** Format: date-time */
              createdAt: string
              /** Format: uuid */
              id: string
              name: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/operators/{id}/staff': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Giao nhân viên cho đơn vị vận hành / Name an operator’s staff member */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            personalNumber: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              grantedAt: string
              grantId: number
              /** Format: uuid */
              operatorId: string
              personalNumber: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/sites': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Điểm kiểm soát tôi được xem / Sites I may see */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              sites: {
                communeCode: string
                /** Format: date-time */
                createdAt: string
                gates: {
                  /** Format: uuid */
                  id: string
                  name: string
                }[]
                /** Format: uuid */
                id: string
                kind: 'touristSite' | 'industrialPark' | 'railwayStation'
                name: string
                /** Format: uuid */
                operatorId: string
                provinceCode: string
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký điểm kiểm soát ra vào / Register a checkpoint site */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            communeCode: string & unknown
            kind: 'touristSite' | 'industrialPark' | 'railwayStation'
            name: string & unknown
            /** Format: uuid */
            operatorId: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              /** Format: date-time */
              createdAt: string
              gates: {
                /** Format: uuid */
                id: string
                name: string
              }[]
              /** Format: uuid */
              id: string
              kind: 'touristSite' | 'industrialPark' | 'railwayStation'
              name: string
              /** Format: uuid */
              operatorId: string
              provinceCode: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/sites/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Điểm kiểm soát và các cổng / A site and its gates */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              /** Format: date-time */
              createdAt: string
              gates: {
                /** Format: uuid */
                id: string
                name: string
              }[]
              /** Format: uuid */
              id: string
              kind: 'touristSite' | 'industrialPark' | 'railwayStation'
              name: string
              /** Format: uuid */
              operatorId: string
              provinceCode: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/sites/{id}/camera-events': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Lô sự kiện nhận diện của camera / A signed batch of camera events */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description compact JWS (ES256) */
            batch: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              duplicates: number
              flagged: number
              received: number
              recorded: number
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/sites/{id}/camera-keys': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đăng ký khóa của hệ thống camera / Register a camera system key */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            name: string & unknown
            publicJwk: {
              crv: string
              kty: string
              x: string
              y: string
            } & {
              [key: string]: unknown
            }
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string
              /** Format: uuid */
              id: string
              name: string
              /** Format: uuid */
              siteId: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/sites/{id}/gates': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Thêm cổng / Add a gate */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            name: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              /** Format: date-time */
              createdAt: string
              gates: {
                /** Format: uuid */
                id: string
                name: string
              }[]
              /** Format: uuid */
              id: string
              kind: 'touristSite' | 'industrialPark' | 'railwayStation'
              name: string
              /** Format: uuid */
              operatorId: string
              provinceCode: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/sites/{id}/occupancy': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Số người đang ở trong điểm / Live occupancy */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              at: string
              gates: {
                /** Format: uuid */
                gateId: string
                inside: number
                name: string
              }[]
              inside: number
              /** Format: uuid */
              siteId: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/sites/{id}/passages': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Ghi nhận lượt qua cổng bằng quét mã / Record a passage by scanning a code */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            code: string
            direction: 'entry' | 'exit'
            /** Format: uuid */
            gateId: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              fullName: string
              occupancy: number
              passage: {
                direction: 'entry' | 'exit'
                flag: ('exitWithoutEntry' | 'entryTwice' | 'outOfOrder') | (never | null)
                /** Format: uuid */
                gateId: string
                id: number
                method: 'identityQr' | 'cardQr' | 'camera'
                /** Format: date-time */
                occurredAt: string
                /** Format: uuid */
                siteId: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/sites/{id}/visits': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Lượt khách theo giờ, ngày và nhóm / Visits by hour, day and group */
    get: {
      parameters: {
        query?: {
          from?: string
          to?: string
        }
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              byAgeGroup: {
                ageGroup: '0-14' | '15-24' | '25-39' | '40-59' | '60+'
                entries: number
              }[]
              byProvince: {
                entries: number
                provinceCode: string
              }[]
              bySex: {
                entries: number
                sex: string
              }[]
              byVisitorKind: {
                entries: number
                visitorKind: string
              }[]
              days: {
                /** Format: date */
                date: string
                entries: number
                exits: number
              }[]
              /** Format: date */
              from: string
              hours: {
                entries: number
                exits: number
                /** Format: date-time */
                hour: string
              }[]
              /** Format: uuid */
              siteId: string
              /** Format: date */
              to: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/sites/{id}/workers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Danh sách người lao động khu công nghiệp / List an industrial park’s workers */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            personalNumbers: (string & unknown)[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              added: number
              listed: number
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/stations': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các ga đường sắt / Railway stations */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              stations: {
                communeCode: string
                /** Format: uuid */
                id: string
                name: string
                own: boolean
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/train-trips': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Chuyến tàu của đơn vị tôi, vé đã bán và đã lên tàu / My operator’s train trips, tickets sold and boarded */
    get: {
      parameters: {
        query?: {
          limit?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              trips: {
                boarded: number
                /** Format: date-time */
                departureAt: string
                /** Format: uuid */
                fromSiteId: string
                /** Format: uuid */
                id: string
                /** Format: uuid */
                operatorId: string
                seats: number
                sold: number
                /** Format: uuid */
                toSiteId: string
                trainNumber: string
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Mở chuyến tàu giữa hai ga / Open a train trip between two stations */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            departureAt: string
            /** Format: uuid */
            fromSiteId: string
            seats: number
            /** Format: uuid */
            toSiteId: string
            trainNumber: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              boarded: number
              /** Format: date-time */
              departureAt: string
              /** Format: uuid */
              fromSiteId: string
              /** Format: uuid */
              id: string
              /** Format: uuid */
              operatorId: string
              seats: number
              sold: number
              /** Format: uuid */
              toSiteId: string
              trainNumber: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/train-trips/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Chuyến tàu và số vé đã bán / A train trip and its tickets sold */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              boarded: number
              /** Format: date-time */
              departureAt: string
              /** Format: uuid */
              fromSiteId: string
              /** Format: uuid */
              id: string
              /** Format: uuid */
              operatorId: string
              seats: number
              sold: number
              /** Format: uuid */
              toSiteId: string
              trainNumber: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/train-trips/{id}/boardings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Soát vé tàu tại cổng ga bằng thẻ căn cước / Board a train by chip card or QR */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            code: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              fullName: string
              /** Format: uuid */
              stationId: string
              ticket: {
                /** Format: date-time */
                boardedAt: string | null
                /** Format: uuid */
                id: string
                /** Format: date-time */
                issuedAt: string
                personalNumber: string
                /** Format: uuid */
                tripId: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/train-trips/{id}/tickets': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Phát hành vé tàu gắn với số định danh / Issue train tickets to personal numbers */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            personalNumbers: (string & unknown)[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              alreadyHeld: string[]
              issued: {
                /** Format: date-time */
                boardedAt: string | null
                /** Format: uuid */
                id: string
                /** Format: date-time */
                issuedAt: string
                personalNumber: string
                /** Format: uuid */
                tripId: string
              }[]
              seats: number
              sold: number
              /** Format: uuid */
              tripId: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/trips/{id}/boardings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Soát vé khi lên xe bằng thẻ căn cước / Board by the chip card or identity QR */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            code: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              declarationId: string
              fullName: string
              ticket: {
                /** Format: date-time */
                boardedAt: string | null
                /** Format: uuid */
                id: string
                /** Format: date-time */
                issuedAt: string
                personalNumber: string
                /** Format: uuid */
                tripId: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/checkpoints/trips/{id}/tickets': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Phát hành vé gắn với số định danh / Issue tickets bound to personal numbers */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            personalNumbers: (string & unknown)[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              alreadyHeld: string[]
              issued: {
                /** Format: date-time */
                boardedAt: string | null
                /** Format: uuid */
                id: string
                /** Format: date-time */
                issuedAt: string
                personalNumber: string
                /** Format: uuid */
                tripId: string
              }[]
              seats: number
              sold: number
              /** Format: uuid */
              tripId: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/certification-book': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Sổ chứng thực bản sao của xã theo năm / The commune’s certification book */
    get: {
      parameters: {
        query: {
          communeCode: string & unknown
          year: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: ({
                certificationNumber: string | null
                /** @description mã kiểm tra, khi đã chứng thực / verification code */
                code: string | null
                communeCode: string
                /** Format: date-time */
                decidedAt: string | null
                /** Format: uuid */
                id: string
                officerName: string | null
                officerTitle: string | null
                originalMediaType: string
                pageCount: number | null
                refusalReason: string | null
                /** Format: date-time */
                requestedAt: string
                revocationReason: string | null
                /** Format: date-time */
                revokedAt: string | null
                /** Format: uuid */
                sourceDocumentId: string | null
                status: 'requested' | 'certified' | 'refused' | 'revoked'
                title: string
                verifyUrl: string | null
              } & {
                holder: string
                originalSha256: string
              })[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/certifications': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Hàng chờ chứng thực của xã / The commune’s certification queue */
    get: {
      parameters: {
        query?: {
          limit?: number
          status?: 'requested' | 'certified' | 'refused' | 'revoked'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: ({
                certificationNumber: string | null
                /** @description mã kiểm tra, khi đã chứng thực / verification code */
                code: string | null
                communeCode: string
                /** Format: date-time */
                decidedAt: string | null
                /** Format: uuid */
                id: string
                officerName: string | null
                officerTitle: string | null
                originalMediaType: string
                pageCount: number | null
                refusalReason: string | null
                /** Format: date-time */
                requestedAt: string
                revocationReason: string | null
                /** Format: date-time */
                revokedAt: string | null
                /** Format: uuid */
                sourceDocumentId: string | null
                status: 'requested' | 'certified' | 'refused' | 'revoked'
                title: string
                verifyUrl: string | null
              } & {
                holder: string
                originalSha256: string
              })[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/certifications/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một yêu cầu chứng thực / One certification */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              certificationNumber: string | null
              /** @description mã kiểm tra, khi đã chứng thực / verification code */
              code: string | null
              communeCode: string
              /** Format: date-time */
              decidedAt: string | null
              /** Format: uuid */
              id: string
              officerName: string | null
              officerTitle: string | null
              originalMediaType: string
              pageCount: number | null
              refusalReason: string | null
              /** Format: date-time */
              requestedAt: string
              revocationReason: string | null
              /** Format: date-time */
              revokedAt: string | null
              /** Format: uuid */
              sourceDocumentId: string | null
              status: 'requested' | 'certified' | 'refused' | 'revoked'
              title: string
              verifyUrl: string | null
            } & {
              holder: string
              originalSha256: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/certifications/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Chứng thực: cấp bản sao ký số, vào sổ chứng thực / Certify: the signed copy, entered in the book */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description chức danh người chứng thực / the certifying officer’s title */
            officerTitle?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              certificationNumber: string | null
              /** @description mã kiểm tra, khi đã chứng thực / verification code */
              code: string | null
              communeCode: string
              /** Format: date-time */
              decidedAt: string | null
              /** Format: uuid */
              id: string
              officerName: string | null
              officerTitle: string | null
              originalMediaType: string
              pageCount: number | null
              refusalReason: string | null
              /** Format: date-time */
              requestedAt: string
              revocationReason: string | null
              /** Format: date-time */
              revokedAt: string | null
              /** Format: uuid */
              sourceDocumentId: string | null
              status: 'requested' | 'certified' | 'refused' | 'revoked'
              title: string
              verifyUrl: string | null
            } & {
              holder: string
              originalSha256: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/certifications/{id}/original': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Xem bản chính để đối chiếu (ghi nhật ký) / The original, to compare (audited) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/certifications/{id}/refuse': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Từ chối chứng thực, nêu lý do / Refuse, with a reason */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            reason: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              certificationNumber: string | null
              /** @description mã kiểm tra, khi đã chứng thực / verification code */
              code: string | null
              communeCode: string
              /** Format: date-time */
              decidedAt: string | null
              /** Format: uuid */
              id: string
              officerName: string | null
              officerTitle: string | null
              originalMediaType: string
              pageCount: number | null
              refusalReason: string | null
              /** Format: date-time */
              requestedAt: string
              revocationReason: string | null
              /** Format: date-time */
              revokedAt: string | null
              /** Format: uuid */
              sourceDocumentId: string | null
              status: 'requested' | 'certified' | 'refused' | 'revoked'
              title: string
              verifyUrl: string | null
            } & {
              holder: string
              originalSha256: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/certifications/{id}/revoke': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Thu hồi chứng thực, nêu lý do / Revoke a certification, with a reason */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            reason: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              certificationNumber: string | null
              /** @description mã kiểm tra, khi đã chứng thực / verification code */
              code: string | null
              communeCode: string
              /** Format: date-time */
              decidedAt: string | null
              /** Format: uuid */
              id: string
              officerName: string | null
              officerTitle: string | null
              originalMediaType: string
              pageCount: number | null
              refusalReason: string | null
              /** Format: date-time */
              requestedAt: string
              revocationReason: string | null
              /** Format: date-time */
              revokedAt: string | null
              /** Format: uuid */
              sourceDocumentId: string | null
              status: 'requested' | 'certified' | 'refused' | 'revoked'
              title: string
              verifyUrl: string | null
            } & {
              holder: string
              originalSha256: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/credentials/verify': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Kiểm tra bản trình thẻ số / Verify a credential presentation */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the aud the holder must name */
            audience?: string
            /** @description the verifier's challenge */
            nonce?: string
            presentation: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              audience: string
              claims: {
                [key: string]: unknown
              }
              credentialType: string
              /** Format: date-time */
              expiresAt: string
              /** Format: date-time */
              issuedAt: string
              issuer: string
              /** Format: date-time */
              presentedAt: string
              /** @enum {boolean} */
              valid: true
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/issued': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Cấp giấy tờ vào kho dữ liệu của công dân (hệ thống của cơ quan) / Issue a document into a resident’s vault */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            fields: {
              [key: string]: unknown
            }
            /** @description YYYY-MM-DD */
            issuedOn: string & unknown
            kind: string & unknown
            /**
             * Format: byte
             * @description the document's PDF, base64
             */
            pdf?: string & unknown
            personalNumber: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              id: string
              issuedOn: string
              issuerAgency: string
              kind: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/shared/{secret}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Mở giấy tờ được chia sẻ / Open a shared document */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          secret: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              document: {
                createdAt: string
                fields: {
                  [key: string]: unknown
                }
                file: {
                  mediaType: string
                  sha256: string
                  size: number
                } | null
                id: string
                intact: boolean
                issuedOn: string | null
                issuer: {
                  agency: string
                  name: {
                    en: string
                    vi: string
                  } | null
                } | null
                kind: {
                  code: string
                  display: 'card' | 'pdf'
                  name: {
                    en: string
                    vi: string
                  }
                }
                labels: {
                  [key: string]: {
                    en: string
                    vi: string
                  }
                }
                origin: 'issued' | 'uploaded' | 'certified'
                verified: boolean
              }
              expiresAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        410: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/documents/shared/{secret}/file': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tệp của giấy tờ được chia sẻ / The shared document’s file */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          secret: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description application/pdf, image/jpeg or image/png */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        410: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/calls': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Nhật ký cuộc gọi qua trục / The gateway call log */
    get: {
      parameters: {
        query?: {
          /** @description the next page: calls before this chain index (the last one seen) */
          before?: number
          /** @description a code */
          consumer?: string & unknown
          from?: string
          limit?: number
          /** @description a code */
          provider?: string & unknown
          purpose?: string & unknown
          service?: string & unknown
          status?: number
          to?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              chainIndex: number
              clientId: string
              consumerCode: string
              durationMs: number
              errorCode: string | null
              hash: string
              /** Format: date-time */
              occurredAt: string
              providerCode: string
              purpose: string | null
              requestId: string
              requestSha256: string
              responseSha256: string
              serviceCode: string
              status: number
            }[]
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/catalogue': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh mục dịch vụ thành viên có thể đề nghị / Services a member may ask for (all for an administrator) */
    get: {
      parameters: {
        query?: {
          /** @description a code */
          member?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attributes: string[]
              code: string
              /** Format: date-time */
              createdAt: string
              description: string
              id: string
              name: string
              openapi: {
                [key: string]: unknown
              }
              providerCode: string
              purposes: {
                code: string
                legalBasis: string
                name: string
              }[]
              rateLimitPerMinute: number
              target: {
                kind: string
                name?: string
                timeoutMs?: number
                url?: string
              }
            }[]
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/grants': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Quyền truy cập của thành viên / Grants asked for or given by my members */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attributes: string[]
              consumerCode: string
              /** Format: date-time */
              decidedAt: string | null
              decisionNote: string | null
              /** Format: date-time */
              expiresAt: string
              id: string
              providerCode?: string
              purposes: string[]
              reason: string | null
              /** Format: date-time */
              requestedAt: string
              serviceCode?: string
              serviceId: string
              /** @enum {string} */
              status: 'requested' | 'approved' | 'refused' | 'revoked'
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đề nghị cấp quyền truy cập dịch vụ / Ask for access to a service */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            attributes: (string & unknown)[]
            /** @description a code */
            consumerCode: string & unknown
            /** Format: date-time */
            expiresAt?: string
            purposes: (string & unknown)[]
            reason?: string
            /** Format: uuid */
            serviceId: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attributes: string[]
              consumerCode: string
              /** Format: date-time */
              decidedAt: string | null
              decisionNote: string | null
              /** Format: date-time */
              expiresAt: string
              id: string
              providerCode?: string
              purposes: string[]
              reason: string | null
              /** Format: date-time */
              requestedAt: string
              serviceCode?: string
              serviceId: string
              /** @enum {string} */
              status: 'requested' | 'approved' | 'refused' | 'revoked'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/grants/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Chấp thuận cấp quyền / Approve a grant */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            attributes?: (string & unknown)[]
            /** Format: date-time */
            expiresAt?: string
            purposes?: (string & unknown)[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attributes: string[]
              consumerCode: string
              /** Format: date-time */
              decidedAt: string | null
              decisionNote: string | null
              /** Format: date-time */
              expiresAt: string
              id: string
              providerCode?: string
              purposes: string[]
              reason: string | null
              /** Format: date-time */
              requestedAt: string
              serviceCode?: string
              serviceId: string
              /** @enum {string} */
              status: 'requested' | 'approved' | 'refused' | 'revoked'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/grants/{id}/refuse': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Từ chối cấp quyền, nêu lý do / Refuse a grant, saying why */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            reason?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attributes: string[]
              consumerCode: string
              /** Format: date-time */
              decidedAt: string | null
              decisionNote: string | null
              /** Format: date-time */
              expiresAt: string
              id: string
              providerCode?: string
              purposes: string[]
              reason: string | null
              /** Format: date-time */
              requestedAt: string
              serviceCode?: string
              serviceId: string
              /** @enum {string} */
              status: 'requested' | 'approved' | 'refused' | 'revoked'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/grants/{id}/revoke': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Thu hồi quyền đã cấp, nêu lý do / Revoke an approved grant */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            reason?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attributes: string[]
              consumerCode: string
              /** Format: date-time */
              decidedAt: string | null
              decisionNote: string | null
              /** Format: date-time */
              expiresAt: string
              id: string
              providerCode?: string
              purposes: string[]
              reason: string | null
              /** Format: date-time */
              requestedAt: string
              serviceCode?: string
              serviceId: string
              /** @enum {string} */
              status: 'requested' | 'approved' | 'refused' | 'revoked'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/members': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các thành viên / Members */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              code: string
              contacts: {
                email?: string
                name: string
                phone?: string
              }[]
              /** Format: date-time */
              createdAt: string
              name: string
              type: string
              unitCode: string | null
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký thành viên trục liên thông / Register a member of the exchange */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description a code */
            code: string & unknown
            contacts: {
              /** Format: email */
              email?: string
              name: string
              phone?: string & unknown
            }[]
            name: string
            type:
              | 'agency'
              | 'hospital'
              | 'bank'
              | 'school'
              | 'notary'
              | 'pawnshop'
              | 'marketplace'
              | 'other'
            unitCode?: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              code: string
              contacts: {
                email?: string
                name: string
                phone?: string
              }[]
              /** Format: date-time */
              createdAt: string
              name: string
              type: string
              unitCode: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/members/mine': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các thành viên tôi quản trị / The members I administer */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              code: string
              contacts: {
                email?: string
                name: string
                phone?: string
              }[]
              /** Format: date-time */
              createdAt: string
              name: string
              type: string
              unitCode: string | null
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/services': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Dịch vụ do thành viên của tôi công bố / Services my members publish (all for an administrator) */
    get: {
      parameters: {
        query?: {
          /** @description a code */
          provider?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attributes: string[]
              code: string
              /** Format: date-time */
              createdAt: string
              description: string
              id: string
              name: string
              openapi: {
                [key: string]: unknown
              }
              providerCode: string
              purposes: {
                code: string
                legalBasis: string
                name: string
              }[]
              rateLimitPerMinute: number
              target: {
                kind: string
                name?: string
                timeoutMs?: number
                url?: string
              }
            }[]
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Công bố dịch vụ dữ liệu / Publish a data service */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            attributes: (string & unknown)[]
            code: string & unknown
            description: string
            name: string
            /** @description the OpenAPI description of the service */
            openapi: {
              [key: string]: unknown
            }
            /** @description a code */
            providerCode: string & unknown
            purposes: {
              code: string & unknown
              legalBasis: string
              name: string
            }[]
            rateLimitPerMinute: number
            target:
              | {
                  /** @enum {string} */
                  kind: 'http'
                  /** @description 10,000 unless told */
                  timeoutMs?: number
                  url: string
                }
              | {
                  /** @enum {string} */
                  kind: 'builtin'
                  name: string & unknown
                }
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attributes: string[]
              code: string
              /** Format: date-time */
              createdAt: string
              description: string
              id: string
              name: string
              openapi: {
                [key: string]: unknown
              }
              providerCode: string
              purposes: {
                code: string
                legalBasis: string
                name: string
              }[]
              rateLimitPerMinute: number
              target: {
                kind: string
                name?: string
                timeoutMs?: number
                url?: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/subscriptions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đăng ký nhận sự kiện của thành viên / Subscriptions of my members */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /**
               * Format: date-time
               * @description ISO 8601 with offset
               */
              createdAt: string
              eventType: string
              id: string
              memberCode: string
              url: string
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký nhận sự kiện qua webhook / Subscribe an endpoint to an event type */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description one of GET /subscriptions/event-types */
            eventType: string
            /** @description a member's code */
            memberCode?: string
            /** @description the member's endpoint, https (http on the loopback in development) */
            url: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /**
               * Format: date-time
               * @description ISO 8601 with offset
               */
              createdAt: string
              eventType: string
              id: string
              memberCode: string
              /** @description whsec_…: verifies the webhook-signature header (Standard Webhooks); shown once */
              secret: string
              url: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/subscriptions/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một đăng ký / One subscription */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /**
               * Format: date-time
               * @description ISO 8601 with offset
               */
              createdAt: string
              eventType: string
              id: string
              memberCode: string
              url: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    /** Hủy đăng ký / Unsubscribe */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/subscriptions/{id}/dead-letters': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Sự kiện gửi không thành công / Dead-lettered deliveries */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attempts: number
              eventId: number
              id: number
              lastError: string | null
              lastStatus: number | null
              /**
               * Format: date-time
               * @description ISO 8601 with offset
               */
              occurredAt: string
              status: 'pending' | 'delivered' | 'deadLettered'
            }[]
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/subscriptions/{id}/replay': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Gửi lại các sự kiện từ một thời điểm / Replay events since a time */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description events that occurred from then on
             */
            since: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description deliveries owed again */
              requeued: number
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/exchange/subscriptions/event-types': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các loại sự kiện có thể đăng ký / Event types open to subscription */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              eventType: string
              scope: 'grant' | 'establishment'
              /** @description the built-in data service whose grant covers the event */
              service: string
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/appeals': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đơn khiếu nại trên địa bàn / Appeals in the officer’s communes */
    get: {
      parameters: {
        query?: {
          limit?: number
          status?: 'pending' | 'upheld' | 'cancelled'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: ({
                attachments: {
                  mediaType: string
                  ordinal: number
                  size: number
                }[]
                /** Format: date-time */
                decidedAt: string | null
                /** Format: date-time */
                filedAt: string
                /** Format: uuid */
                id: string
                note: string | null
                reason: string
                status: 'pending' | 'upheld' | 'cancelled'
                /** Format: uuid */
                violationId: string
              } & {
                violation: {
                  appeal: {
                    /** Format: date-time */
                    decidedAt: string | null
                    /** Format: date-time */
                    filedAt: string
                    /** Format: uuid */
                    id: string
                    note: string | null
                    status: 'pending' | 'upheld' | 'cancelled'
                  } | null
                  article: {
                    en: string
                    vi: string
                  }
                  articleCode: string
                  canAppeal: boolean
                  communeCode: string
                  communeName: string | null
                  /** Format: date-time */
                  confirmedAt: string | null
                  /** Format: date */
                  dueOn: string | null
                  evidenceCount: number
                  fine: number
                  /** Format: uuid */
                  id: string
                  /** Format: date-time */
                  occurredAt: string
                  overdue: boolean
                  plate: string
                  /** Format: date-time */
                  recordedAt: string
                  reminders: {
                    /** Format: date */
                    dueOn: string
                    kind: 'due_soon' | 'overdue'
                    /** Format: date-time */
                    sentAt: string
                  }[]
                  /** Format: date-time */
                  seenInAppAt: string | null
                  source: 'officer' | 'camera'
                  status: 'notified' | 'confirmed' | 'appealed' | 'cancelled' | 'paid'
                  vehicleClass: 'car' | 'motorbike'
                }
              })[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/appeals/{id}/attachments/{ordinal}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tải tệp đính kèm của đơn khiếu nại (công an địa bàn) / Download an appeal’s attachment (police of the place) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
          ordinal: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description image/jpeg, image/png or image/webp */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/appeals/{id}/decision': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Quyết định về đơn khiếu nại / Decide an appeal */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            note: string
            outcome: 'upheld' | 'cancelled'
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attachments: {
                mediaType: string
                ordinal: number
                size: number
              }[]
              /** Format: date-time */
              decidedAt: string | null
              /** Format: date-time */
              filedAt: string
              /** Format: uuid */
              id: string
              note: string | null
              reason: string
              status: 'pending' | 'upheld' | 'cancelled'
              /** Format: uuid */
              violationId: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/articles': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các điều khoản xử phạt (Nghị định 168/2024) / The fine table’s articles (Decree 168/2024) */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              decree: string
              items: {
                code: string
                en: string
                maxFine: number
                minFine: number
                vehicleClass: 'car' | 'motorbike'
                vi: string
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/camera-violations': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Lô vi phạm do hệ thống camera giao thông gửi / A batch of violations from a traffic camera system */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            violations: {
              articleCode: string
              communeCode: string & unknown
              eventId: string
              evidence: string[]
              fine: number
              /** Format: date-time */
              occurredAt: string
              plate: string
            }[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              duplicates: number
              items: {
                error: {
                  code: string
                  details: {
                    [key: string]: unknown
                  } | null
                  message: string
                } | null
                eventId: string
                outcome: 'recorded' | 'duplicate' | 'refused'
                /** Format: uuid */
                violationId: string | null
              }[]
              received: number
              recorded: number
              refused: number
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/overdue': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Vi phạm quá hạn nộp phạt trên địa bàn / Overdue fines in the police’s communes */
    get: {
      parameters: {
        query?: {
          /** @description next, from the previous page */
          after?: string
          communeCode?: string & unknown
          limit?: number
          minDays?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: ({
                appeal: {
                  /** Format: date-time */
                  decidedAt: string | null
                  /** Format: date-time */
                  filedAt: string
                  /** Format: uuid */
                  id: string
                  note: string | null
                  status: 'pending' | 'upheld' | 'cancelled'
                } | null
                article: {
                  en: string
                  vi: string
                }
                articleCode: string
                canAppeal: boolean
                communeCode: string
                communeName: string | null
                /** Format: date-time */
                confirmedAt: string | null
                /** Format: date */
                dueOn: string | null
                evidenceCount: number
                fine: number
                /** Format: uuid */
                id: string
                /** Format: date-time */
                occurredAt: string
                overdue: boolean
                plate: string
                /** Format: date-time */
                recordedAt: string
                reminders: {
                  /** Format: date */
                  dueOn: string
                  kind: 'due_soon' | 'overdue'
                  /** Format: date-time */
                  sentAt: string
                }[]
                /** Format: date-time */
                seenInAppAt: string | null
                source: 'officer' | 'camera'
                status: 'notified' | 'confirmed' | 'appealed' | 'cancelled' | 'paid'
                vehicleClass: 'car' | 'motorbike'
              } & {
                daysOverdue: number
              })[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/reports': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Báo cáo vi phạm, nộp phạt theo hành vi, xã và tháng / Fines by article, commune and month */
    get: {
      parameters: {
        query: {
          /** @example 2026-12-01 */
          from: string & unknown
          /** @example 2026-12-01 */
          to: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              byArticle: {
                article: {
                  en: string
                  vi: string
                }
                articleCode: string
                /** @description their fines, in đồng */
                fined: number
                /** @description of them, paid */
                paid: number
                /** @description the fines paid, in đồng */
                paidAmount: number
                /** @description of them, paid online by VietQR */
                paidOnline: number
                /** @description paid online, in % of the violations */
                paidOnlineShare: number
                /** @description violations that occurred in the period */
                violations: number
              }[]
              byCommune: {
                communeCode: string
                communeName: string
                /** @description their fines, in đồng */
                fined: number
                /** @description of them, paid */
                paid: number
                /** @description the fines paid, in đồng */
                paidAmount: number
                /** @description of them, paid online by VietQR */
                paidOnline: number
                /** @description paid online, in % of the violations */
                paidOnlineShare: number
                /** @description violations that occurred in the period */
                violations: number
              }[]
              byMonth: {
                /** @description their fines, in đồng */
                fined: number
                month: string
                /** @description of them, paid */
                paid: number
                /** @description the fines paid, in đồng */
                paidAmount: number
                /** @description of them, paid online by VietQR */
                paidOnline: number
                /** @description paid online, in % of the violations */
                paidOnlineShare: number
                /** @description violations that occurred in the period */
                violations: number
              }[]
              from: string
              to: string
              total: {
                /** @description their fines, in đồng */
                fined: number
                /** @description of them, paid */
                paid: number
                /** @description the fines paid, in đồng */
                paidAmount: number
                /** @description of them, paid online by VietQR */
                paidOnline: number
                /** @description paid online, in % of the violations */
                paidOnlineShare: number
                /** @description violations that occurred in the period */
                violations: number
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/violations': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Ghi nhận vi phạm giao thông (cảnh sát) / Record a traffic violation (police) */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @example 168-6-9-b */
            articleCode: string
            communeCode: string & unknown
            fine: number
            /** Format: date-time */
            occurredAt: string
            /** @example 60A-123.45 */
            plate: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              article: {
                en: string
                vi: string
              }
              articleCode: string
              communeCode: string
              fine: number
              /** Format: uuid */
              id: string
              /** Format: date-time */
              occurredAt: string
              ownerFound: boolean
              plate: string
              /** Format: date-time */
              recordedAt: string
              source: 'officer' | 'camera'
              status: string
              vehicleClass: 'car' | 'motorbike'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/violations/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một vi phạm: chủ phương tiện hoặc công an địa bàn / One violation: its owner or the police of its place */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              appeal: {
                /** Format: date-time */
                decidedAt: string | null
                /** Format: date-time */
                filedAt: string
                /** Format: uuid */
                id: string
                note: string | null
                status: 'pending' | 'upheld' | 'cancelled'
              } | null
              article: {
                en: string
                vi: string
              }
              articleCode: string
              canAppeal: boolean
              communeCode: string
              communeName: string | null
              /** Format: date-time */
              confirmedAt: string | null
              /** Format: date */
              dueOn: string | null
              evidenceCount: number
              fine: number
              /** Format: uuid */
              id: string
              /** Format: date-time */
              occurredAt: string
              overdue: boolean
              plate: string
              /** Format: date-time */
              recordedAt: string
              reminders: {
                /** Format: date */
                dueOn: string
                kind: 'due_soon' | 'overdue'
                /** Format: date-time */
                sentAt: string
              }[]
              /** Format: date-time */
              seenInAppAt: string | null
              source: 'officer' | 'camera'
              status: 'notified' | 'confirmed' | 'appealed' | 'cancelled' | 'paid'
              vehicleClass: 'car' | 'motorbike'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/violations/{id}/appeals': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Chủ phương tiện khiếu nại vi phạm trước hạn / The owner appeals before the deadline */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            attachments?: string[]
            reason: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              attachments: {
                mediaType: string
                ordinal: number
                size: number
              }[]
              /** Format: date-time */
              decidedAt: string | null
              /** Format: date-time */
              filedAt: string
              /** Format: uuid */
              id: string
              note: string | null
              reason: string
              status: 'pending' | 'upheld' | 'cancelled'
              /** Format: uuid */
              violationId: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/violations/{id}/confirm': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Chủ phương tiện xác nhận vi phạm / The owner confirms the violation */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              appeal: {
                /** Format: date-time */
                decidedAt: string | null
                /** Format: date-time */
                filedAt: string
                /** Format: uuid */
                id: string
                note: string | null
                status: 'pending' | 'upheld' | 'cancelled'
              } | null
              article: {
                en: string
                vi: string
              }
              articleCode: string
              canAppeal: boolean
              communeCode: string
              communeName: string | null
              /** Format: date-time */
              confirmedAt: string | null
              /** Format: date */
              dueOn: string | null
              evidenceCount: number
              fine: number
              /** Format: uuid */
              id: string
              /** Format: date-time */
              occurredAt: string
              overdue: boolean
              plate: string
              /** Format: date-time */
              recordedAt: string
              reminders: {
                /** Format: date */
                dueOn: string
                kind: 'due_soon' | 'overdue'
                /** Format: date-time */
                sentAt: string
              }[]
              /** Format: date-time */
              seenInAppAt: string | null
              source: 'officer' | 'camera'
              status: 'notified' | 'confirmed' | 'appealed' | 'cancelled' | 'paid'
              vehicleClass: 'car' | 'motorbike'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/violations/{id}/evidence': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh sách ảnh bằng chứng / The evidence images of a violation */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                addedAt: string
                mediaType: string
                ordinal: number
                sha256: string
                size: number
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Thêm ảnh bằng chứng (JPEG, PNG, WebP) / Add an evidence image (JPEG, PNG, WebP) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              addedAt: string
              mediaType: string
              ordinal: number
              sha256: string
              size: number
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/violations/{id}/evidence/{ordinal}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một ảnh bằng chứng / One evidence image */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
          ordinal: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description image/jpeg, image/png or image/webp */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fines/violations/{id}/payment': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Khoản nộp phạt và biên lai (chủ xe) / A fine’s payment and receipt (the owner) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              amount: number
              /** @description outside production: a simulated bank can pay it (POST /payments/:reference/simulate) */
              canSimulate: boolean
              description: string
              /** Format: date-time */
              paidAt: string | null
              payee: {
                account: string
                bin: string
                name: string
              }
              /** Format: uuid */
              receiptDocumentId: string | null
              reference: string
              status: 'unpaid' | 'paid'
              /** @description the VietQR (EMVCo) payload any bank app reads */
              vietQr: string
              /** Format: uuid */
              violationId: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Nộp phạt bằng VietQR (chủ xe) / Pay a fine by VietQR (the owner) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              amount: number
              /** @description outside production: a simulated bank can pay it (POST /payments/:reference/simulate) */
              canSimulate: boolean
              description: string
              /** Format: date-time */
              paidAt: string | null
              payee: {
                account: string
                bin: string
                name: string
              }
              /** Format: uuid */
              receiptDocumentId: string | null
              reference: string
              status: 'unpaid' | 'paid'
              /** @description the VietQR (EMVCo) payload any bank app reads */
              vietQr: string
              /** Format: uuid */
              violationId: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/accounts/{personalNumber}/level2': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Nâng tài khoản lên mức 2 / Raise an account to level 2 */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          /** @description 12-digit personal identification number */
          personalNumber: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @enum {number} */
              level: 2
              raisedAt: string
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/accounts/{personalNumber}/links': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Ghi nhận tài khoản thanh toán / chữ ký số (mô hình 23) / Record a payment account or signature (model 23) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          /** @description 12-digit personal identification number */
          personalNumber: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            kind: 'paymentAccount' | 'digitalSignature'
            /** @description YYYY-MM-DD, Vietnam day */
            on: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              kind: 'paymentAccount' | 'digitalSignature'
              on: string
              provider: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/development/messages': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tin nhắn (chỉ môi trường phát triển) / Messages (development only) */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              messages: {
                at: string
                body: string
                to: string
              }[]
            }
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/keys': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Khoá công khai để kiểm tra mã QR / Public keys to verify identity QR codes */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              keys: {
                [key: string]: unknown
              }[]
            }
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/me': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tài khoản của tôi / My account */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description where this session was opened: the person’s own device, or a kiosk */
              channel: 'web' | 'kiosk'
              conditions: {
                digitalSignature: boolean
                eid: boolean
                paymentAccount: boolean
              }
              digitalSignature: {
                issuedOn: string | null
                provider: string
              } | null
              level: number
              paymentAccount: {
                linkedOn: string | null
                provider: string
              } | null
              /** @description what the account may do (src/platform/auth/roles.ts): pages say what a form needs */
              permissions: string[]
              personalNumber: string
              phone: string
              secondFactor: boolean
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/password-resets': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Quên mật khẩu / Forgotten password */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description 12-digit personal identification number */
            personalNumber: string & unknown
            /** @description Vietnamese phone number */
            phone: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              expiresInSeconds?: number
              /** @enum {string} */
              status: 'accepted'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/password-resets/confirm': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đặt lại mật khẩu / Reset the password */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            code: string & unknown
            password: string
            /** @description 12-digit personal identification number */
            personalNumber: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'done'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/qr': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Mã QR định danh của tôi / My identity QR token */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              expiresAt: string
              token: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/registrations': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đăng ký tài khoản mức 1 / Register a level-1 account */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            birthDate: string & unknown
            fullName: string
            /** @description 12-digit personal identification number */
            personalNumber: string & unknown
            /** @description Vietnamese phone number */
            phone: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              expiresInSeconds?: number
              /** @enum {string} */
              status: 'accepted'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/registrations/confirm': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Xác nhận mã và đặt mật khẩu / Confirm the code, set a password */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            code: string & unknown
            password: string
            /** @description 12-digit personal identification number */
            personalNumber: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'done'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/sessions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đăng nhập / Sign in */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            password: string
            /** @description 12-digit personal identification number */
            personalNumber: string & unknown
            /** @description the code sent by SMS, needed only while the account is locked */
            phoneCode?: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              expiresAt: string
              secondFactorRequired: boolean
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/sessions/current': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Đăng xuất / Sign out */
    delete: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'done'
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/sessions/second-factor': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Xác thực hai lớp / Second factor */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description TOTP or recovery code */
            code: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'done'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/sign-in-codes': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Mã đăng nhập qua điện thoại khi tài khoản tạm khóa / A sign-in code by phone while the account is locked */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description 12-digit personal identification number */
            personalNumber: string & unknown
            /** @description Vietnamese phone number */
            phone: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              expiresInSeconds?: number
              /** @enum {string} */
              status: 'accepted'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/staff/grants': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh sách vai trò đã giao / Granted roles */
    get: {
      parameters: {
        query?: {
          /** @description `next` of the previous page */
          after?: number
          limit?: number
          /** @description staff role (src/platform/auth/roles.ts) */
          role?:
            | 'communeOfficer'
            | 'communePolice'
            | 'provincialPolice'
            | 'departmentOfficer'
            | 'establishmentStaff'
            | 'analyst'
            | 'securityOfficer'
            | 'administrator'
            | 'partnerSystem'
            | 'committeeMember'
            | 'agencyReporter'
            | 'standingOffice'
            | 'partnerStaff'
            | 'operatorStaff'
            | 'operatorSystem'
            | 'trafficCamera'
          /** @description default active */
          status?: 'active' | 'revoked' | 'all'
          /** @description grants naming this unit */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              grants: {
                agencyCode: string | null
                establishmentId: string | null
                grantedAt: string
                /** @description personal number of the administrator; null: the operator */
                grantedBy: string | null
                id: number
                personalNumber: string
                revokedAt: string | null
                role: string
                unitCodes: string[]
              }[]
              next: number | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Giao vai trò cho cán bộ / Grant a role to a staff member */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description required for departmentOfficer, else refused */
            agencyCode?: string & unknown
            /** @description required for establishmentStaff, else refused */
            establishmentId?: string & unknown
            /** @description 12-digit personal identification number */
            personalNumber: string & unknown
            /** @description staff role (src/platform/auth/roles.ts) */
            role:
              | 'communeOfficer'
              | 'communePolice'
              | 'provincialPolice'
              | 'departmentOfficer'
              | 'establishmentStaff'
              | 'analyst'
              | 'securityOfficer'
              | 'administrator'
              | 'partnerSystem'
              | 'committeeMember'
              | 'agencyReporter'
              | 'standingOffice'
              | 'partnerStaff'
              | 'operatorStaff'
              | 'operatorSystem'
              | 'trafficCamera'
            /** @description the jurisdiction; a province covers its communes */
            unitCodes: (string & unknown)[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencyCode: string | null
              establishmentId: string | null
              grantedAt: string
              /** @description personal number of the administrator; null: the operator */
              grantedBy: string | null
              id: number
              personalNumber: string
              revokedAt: string | null
              role: string
              unitCodes: string[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/staff/grants/{grantId}/revocation': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Thu hồi vai trò / Revoke a grant */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          grantId: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description kept in the audit trail */
            reason: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencyCode: string | null
              establishmentId: string | null
              grantedAt: string
              /** @description personal number of the administrator; null: the operator */
              grantedBy: string | null
              id: number
              personalNumber: string
              revokedAt: string | null
              role: string
              unitCodes: string[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/totp': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Bắt đầu cài TOTP / Start TOTP setup */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              otpauthUri: string
              secret: string
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/totp/confirm': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Xác nhận TOTP / Confirm TOTP */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            code: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              recoveryCodes: string[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/identity/verify': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Kiểm tra mã QR định danh / Verify an identity QR token */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description refuse a token already presented */
            singleUse?: boolean
            token: string
            /** @description who checks, kept with the use */
            verifier?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              expiresAt: string
              identity: {
                birthDate: string
                eidLevel: number
                fullName: string
                personalNumber: string
                sex: string
              }
              /** @enum {boolean} */
              valid: true
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/kiosk/sign-in': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đăng nhập ki-ốt bằng mã QR định danh, gửi mã tới điện thoại / Kiosk sign-in with the identity QR, a code sent to the phone */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the identity QR the resident’s app shows (/me/qr), as scanned */
            identityToken: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description names the code sent to the phone
               */
              challengeId: string
              /** Format: date-time */
              expiresAt: string
              /** @description the last three digits of the phone the code went to */
              phoneHint: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/kiosk/sign-in/verify': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Nhập mã đã gửi tới điện thoại, mở phiên ki-ốt / The code sent to the phone opens a kiosk session */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description names the code sent to the phone
             */
            challengeId: string
            code: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @enum {string} */
              channel: 'kiosk'
              /**
               * Format: date-time
               * @description moves forward with each request (a sliding lifetime of 10 minutes)
               */
              expiresAt: string
              person: {
                fullName: string
                personalNumber: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/linkage/datasets': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh sách của cơ quan, đơn vị tôi / My agency and units' datasets */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: {
                agencyCode: string | null
                columns: {
                  encoding: 'unicode' | 'tcvn3' | 'vni'
                  examples: {
                    after: string
                    before: string
                  }[]
                  header: string
                  index: number
                }[]
                error: {
                  code: string
                  details: unknown
                  message: string
                } | null
                fileName: string
                format: 'csv' | 'xlsx' | (never | null)
                /** Format: uuid */
                id: string
                /** Format: date-time */
                importedAt: string | null
                mapping: {
                  birthDate?: number
                  birthYear?: number
                  commune?: number
                  district?: number
                  fullName?: number
                  oldIdNumber?: number
                  personalNumber?: number
                  phone?: number
                  province?: number
                  sex?: number
                  street?: number
                } | null
                name: string
                preview: string[][]
                progress: {
                  bytesRead: number
                  checkpointRow: number
                  rowsWritten: number
                  runs: number
                  totalBytes: number
                  totalRows: number | null
                }
                sha256: string
                sizeBytes: number
                status: 'uploaded' | 'importing' | 'imported' | 'failed'
                textEncoding: string | null
                unitCode: string
                /** Format: date-time */
                uploadedAt: string
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Tải lên danh sách (CSV, XLSX) / Upload a list (CSV, XLSX) */
    post: {
      parameters: {
        query: {
          fileName: string
          /** @description what the list is */
          name: string
          /** @description the unit it belongs to; the first granted unless told */
          unitCode?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencyCode: string | null
              columns: {
                encoding: 'unicode' | 'tcvn3' | 'vni'
                examples: {
                  after: string
                  before: string
                }[]
                header: string
                index: number
              }[]
              error: {
                code: string
                details: unknown
                message: string
              } | null
              fileName: string
              format: 'csv' | 'xlsx' | (never | null)
              /** Format: uuid */
              id: string
              /** Format: date-time */
              importedAt: string | null
              mapping: {
                birthDate?: number
                birthYear?: number
                commune?: number
                district?: number
                fullName?: number
                oldIdNumber?: number
                personalNumber?: number
                phone?: number
                province?: number
                sex?: number
                street?: number
              } | null
              name: string
              preview: string[][]
              progress: {
                bytesRead: number
                checkpointRow: number
                rowsWritten: number
                runs: number
                totalBytes: number
                totalRows: number | null
              }
              sha256: string
              sizeBytes: number
              status: 'uploaded' | 'importing' | 'imported' | 'failed'
              textEncoding: string | null
              unitCode: string
              /** Format: date-time */
              uploadedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/linkage/datasets/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một danh sách: xem trước, ghép cột, tiến độ / A dataset: preview, mapping, progress */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencyCode: string | null
              columns: {
                encoding: 'unicode' | 'tcvn3' | 'vni'
                examples: {
                  after: string
                  before: string
                }[]
                header: string
                index: number
              }[]
              error: {
                code: string
                details: unknown
                message: string
              } | null
              fileName: string
              format: 'csv' | 'xlsx' | (never | null)
              /** Format: uuid */
              id: string
              /** Format: date-time */
              importedAt: string | null
              mapping: {
                birthDate?: number
                birthYear?: number
                commune?: number
                district?: number
                fullName?: number
                oldIdNumber?: number
                personalNumber?: number
                phone?: number
                province?: number
                sex?: number
                street?: number
              } | null
              name: string
              preview: string[][]
              progress: {
                bytesRead: number
                checkpointRow: number
                rowsWritten: number
                runs: number
                totalBytes: number
                totalRows: number | null
              }
              sha256: string
              sizeBytes: number
              status: 'uploaded' | 'importing' | 'imported' | 'failed'
              textEncoding: string | null
              unitCode: string
              /** Format: date-time */
              uploadedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/linkage/datasets/{id}/import': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Nhập danh sách theo cách ghép cột (tiếp tục nếu bị gián đoạn) / Import with a mapping (resumes if interrupted) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            mapping: {
              birthDate?: number
              birthYear?: number
              commune?: number
              district?: number
              fullName?: number
              oldIdNumber?: number
              personalNumber?: number
              phone?: number
              province?: number
              sex?: number
              street?: number
            }
            /** @description import again a dataset imported before */
            rerun?: boolean
          }
        }
      }
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencyCode: string | null
              columns: {
                encoding: 'unicode' | 'tcvn3' | 'vni'
                examples: {
                  after: string
                  before: string
                }[]
                header: string
                index: number
              }[]
              error: {
                code: string
                details: unknown
                message: string
              } | null
              fileName: string
              format: 'csv' | 'xlsx' | (never | null)
              /** Format: uuid */
              id: string
              /** Format: date-time */
              importedAt: string | null
              mapping: {
                birthDate?: number
                birthYear?: number
                commune?: number
                district?: number
                fullName?: number
                oldIdNumber?: number
                personalNumber?: number
                phone?: number
                province?: number
                sex?: number
                street?: number
              } | null
              name: string
              preview: string[][]
              progress: {
                bytesRead: number
                checkpointRow: number
                rowsWritten: number
                runs: number
                totalBytes: number
                totalRows: number | null
              }
              sha256: string
              sizeBytes: number
              status: 'uploaded' | 'importing' | 'imported' | 'failed'
              textEncoding: string | null
              unitCode: string
              /** Format: date-time */
              uploadedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/access-log': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Ai đã xem dữ liệu của tôi / Who viewed my data */
    get: {
      parameters: {
        query?: {
          before?: string
          limit?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              entries: {
                action: string
                actionLabel: {
                  en: string
                  vi: string
                } | null
                actorAgency: string | null
                actorAgencyName: {
                  en: string
                  vi: string
                } | null
                actorEstablishmentName: string | null
                actorRole: string
                actorUnitCode: string | null
                actorUnitName: string | null
                at: string
                purpose: string | null
                purposeLabel: {
                  en: string
                  vi: string
                } | null
                viaSystem: string | null
                viaSystemName: string | null
              }[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/benefits': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Trợ cấp và các lần chi trả của tôi / My benefits and payments */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              benefits: {
                amount: number | null
                communeCode: string
                fromPeriod: string
                name: {
                  en: string
                  vi: string
                }
                programmeCode: string
                status: 'proposed' | 'active' | 'stopped' | 'ended'
                untilPeriod: string | null
              }[]
              payments: {
                amount: number
                channel: 'bank' | 'cash'
                period: string
                programmeCode: string
                provider: string | null
                /** Format: date-time */
                settledAt: string | null
                status: 'pending' | 'paid' | 'failed'
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/certifications': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các yêu cầu chứng thực của tôi / My certifications */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: {
                certificationNumber: string | null
                /** @description mã kiểm tra, khi đã chứng thực / verification code */
                code: string | null
                communeCode: string
                /** Format: date-time */
                decidedAt: string | null
                /** Format: uuid */
                id: string
                officerName: string | null
                officerTitle: string | null
                originalMediaType: string
                pageCount: number | null
                refusalReason: string | null
                /** Format: date-time */
                requestedAt: string
                revocationReason: string | null
                /** Format: date-time */
                revokedAt: string | null
                /** Format: uuid */
                sourceDocumentId: string | null
                status: 'requested' | 'certified' | 'refused' | 'revoked'
                title: string
                verifyUrl: string | null
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Yêu cầu chứng thực bản sao từ giấy tờ trong kho / Ask for a certified copy of a vault document */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            documentId: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              certificationNumber: string | null
              /** @description mã kiểm tra, khi đã chứng thực / verification code */
              code: string | null
              communeCode: string
              /** Format: date-time */
              decidedAt: string | null
              /** Format: uuid */
              id: string
              officerName: string | null
              officerTitle: string | null
              originalMediaType: string
              pageCount: number | null
              refusalReason: string | null
              /** Format: date-time */
              requestedAt: string
              revocationReason: string | null
              /** Format: date-time */
              revokedAt: string | null
              /** Format: uuid */
              sourceDocumentId: string | null
              status: 'requested' | 'certified' | 'refused' | 'revoked'
              title: string
              verifyUrl: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/certifications/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một yêu cầu chứng thực / One certification */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              certificationNumber: string | null
              /** @description mã kiểm tra, khi đã chứng thực / verification code */
              code: string | null
              communeCode: string
              /** Format: date-time */
              decidedAt: string | null
              /** Format: uuid */
              id: string
              officerName: string | null
              officerTitle: string | null
              originalMediaType: string
              pageCount: number | null
              refusalReason: string | null
              /** Format: date-time */
              requestedAt: string
              revocationReason: string | null
              /** Format: date-time */
              revokedAt: string | null
              /** Format: uuid */
              sourceDocumentId: string | null
              status: 'requested' | 'certified' | 'refused' | 'revoked'
              title: string
              verifyUrl: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/certifications/{id}/pdf': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tải bản sao chứng thực (PDF ký số) / Download the signed certified copy */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/consents': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các ứng dụng tôi đã đồng ý / Systems I share data with */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              claims: string[]
              clientId: string
              clientName: string
              /** Format: date-time */
              grantedAt: string
              scopes: string[]
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/consents/{clientId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Rút lại sự đồng ý / Withdraw a consent */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          clientId: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/credentials/documents/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Giấy tờ trong kho dưới dạng thẻ số / A vault document as a credential */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the holder device's public key (JWK), bound in the credential's cnf */
            holderKey: {
              /** @enum {string} */
              crv: 'P-256'
              /** @enum {string} */
              kty: 'EC'
              x: string & unknown
              y: string & unknown
            }
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              credential: string
              credentialType: string
              /** Format: date-time */
              expiresAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/credentials/identity': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Thẻ định danh số có thể trình từng phần / My selective-disclosure identity */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the holder device's public key (JWK), bound in the credential's cnf */
            holderKey: {
              /** @enum {string} */
              crv: 'P-256'
              /** @enum {string} */
              kty: 'EC'
              x: string & unknown
              y: string & unknown
            }
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              credential: string
              credentialType: string
              /** Format: date-time */
              expiresAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/documents': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Kho giấy tờ của tôi / My document vault */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              documents: {
                createdAt: string
                fields: {
                  [key: string]: unknown
                }
                file: {
                  mediaType: string
                  sha256: string
                  size: number
                } | null
                id: string
                intact: boolean
                issuedOn: string | null
                issuer: {
                  agency: string
                  name: {
                    en: string
                    vi: string
                  } | null
                } | null
                kind: {
                  code: string
                  display: 'card' | 'pdf'
                  name: {
                    en: string
                    vi: string
                  }
                }
                labels: {
                  [key: string]: {
                    en: string
                    vi: string
                  }
                }
                origin: 'issued' | 'uploaded' | 'certified'
                title: string | null
                verified: boolean
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Tải lên bản quét giấy tờ (PDF, JPEG, PNG; chưa xác thực) / Upload a scan (not verified) */
    post: {
      parameters: {
        query?: {
          /** @description default uploaded-scan */
          kind?: string & unknown
          title?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              createdAt: string
              fields: {
                [key: string]: unknown
              }
              file: {
                mediaType: string
                sha256: string
                size: number
              } | null
              id: string
              intact: boolean
              issuedOn: string | null
              issuer: {
                agency: string
                name: {
                  en: string
                  vi: string
                } | null
              } | null
              kind: {
                code: string
                display: 'card' | 'pdf'
                name: {
                  en: string
                  vi: string
                }
              }
              labels: {
                [key: string]: {
                  en: string
                  vi: string
                }
              }
              origin: 'issued' | 'uploaded' | 'certified'
              title: string | null
              verified: boolean
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/documents/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một giấy tờ trong kho / One document of my vault */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              createdAt: string
              fields: {
                [key: string]: unknown
              }
              file: {
                mediaType: string
                sha256: string
                size: number
              } | null
              id: string
              intact: boolean
              issuedOn: string | null
              issuer: {
                agency: string
                name: {
                  en: string
                  vi: string
                } | null
              } | null
              kind: {
                code: string
                display: 'card' | 'pdf'
                name: {
                  en: string
                  vi: string
                }
              }
              labels: {
                [key: string]: {
                  en: string
                  vi: string
                }
              }
              origin: 'issued' | 'uploaded' | 'certified'
              title: string | null
              verified: boolean
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/documents/{id}/file': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tải tệp của giấy tờ / Download the document’s file */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description application/pdf, image/jpeg or image/png */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/documents/{id}/shares': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các lần chia sẻ một giấy tờ và lượt mở / The document’s share links and their openings */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              shares: {
                createdAt: string
                expiresAt: string
                id: string
                openings: string[]
                revokedAt: string | null
                status: 'active' | 'expired' | 'revoked'
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Chia sẻ một giấy tờ bằng đường dẫn có thời hạn / Share one document through a link that expires */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description how long the link lives: 1 hour to 30 days */
            hours: number
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              expiresAt: string
              id: string
              secret: string
              url: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/documents/{id}/shares/{shareId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Thu hồi đường dẫn chia sẻ / Revoke a share link */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
          shareId: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/dossiers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Hồ sơ của tôi / My dossiers */
    get: {
      parameters: {
        query: {
          cursor?: string
          limit: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: {
                channel: string
                code: string
                /** Format: date-time */
                dueAt: string
                fee: {
                  amount: number
                  paid: boolean
                }
                lookupPath: string
                parts: {
                  agency: {
                    en: string
                    vi: string
                  }
                  code: string
                  /** Format: date-time */
                  dueAt: string
                  serviceCode: string
                  serviceName: {
                    en: string
                    vi: string
                  }
                  status: string
                }[]
                /** Format: date-time */
                receivedAt: string
                serviceCode: string
                serviceName: {
                  en: string
                  vi: string
                }
                status: string
              }[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/dossiers/{code}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một hồ sơ của tôi và diễn biến / One of my dossiers and its timeline */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              applicantName: string
              channel: string
              code: string
              data: {
                [key: string]: unknown
              }
              decisionReason: string | null
              /** Format: date-time */
              dueAt: string
              fee: {
                amount: number
                paid: boolean
              }
              lookupPath: string
              outcome: {
                [key: string]: unknown
              } | null
              parts: {
                agency: {
                  en: string
                  vi: string
                }
                code: string
                /** Format: date-time */
                dueAt: string
                serviceCode: string
                serviceName: {
                  en: string
                  vi: string
                }
                status: string
              }[]
              /** Format: date-time */
              receivedAt: string
              serviceCode: string
              serviceName: {
                en: string
                vi: string
              }
              status: string
              timeline: {
                /** Format: date-time */
                at: string
                dossierCode: string
                kind: string
                note: string | null
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/dossiers/{code}/answer': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Trả lời yêu cầu bổ sung / Answer a request for more */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            attachments?: {
              /** Format: uuid */
              id: string
              requirement: string
            }[]
            message: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              assigneeId: string | null
              code: string
              /** Format: date-time */
              decidedAt: string | null
              decisionReason: string | null
              /** Format: date-time */
              dueAt: string
              outcome: {
                [key: string]: unknown
              } | null
              /** Format: date-time */
              pausedAt: string | null
              status: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/dossiers/{code}/fee': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Nộp phí, lệ phí bằng VietQR / Pay the fee by VietQR */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              amount: number
              /** @description outside production: a simulated bank can pay it (POST /payments/:reference/simulate) */
              canSimulate: boolean
              description: string
              /** Format: date-time */
              paidAt: string | null
              payee: {
                account: string
                bin: string
                name: string
              }
              purpose: string
              reference: string
              status: 'unpaid' | 'paid'
              /** @description the VietQR (EMVCo) payload any bank app reads */
              vietQr: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/dossiers/{code}/receipt.pdf': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF) / The receipt as a PDF */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description application/pdf */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/dossiers/{code}/result.pdf': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Kết quả hồ sơ của tôi (PDF) / My dossier’s result (PDF) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/fines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Vi phạm giao thông của phương tiện tôi sở hữu / Traffic violations of my vehicles */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: {
                appeal: {
                  /** Format: date-time */
                  decidedAt: string | null
                  /** Format: date-time */
                  filedAt: string
                  /** Format: uuid */
                  id: string
                  note: string | null
                  status: 'pending' | 'upheld' | 'cancelled'
                } | null
                article: {
                  en: string
                  vi: string
                }
                articleCode: string
                canAppeal: boolean
                communeCode: string
                communeName: string | null
                /** Format: date-time */
                confirmedAt: string | null
                /** Format: date */
                dueOn: string | null
                evidenceCount: number
                fine: number
                /** Format: uuid */
                id: string
                /** Format: date-time */
                occurredAt: string
                overdue: boolean
                plate: string
                /** Format: date-time */
                recordedAt: string
                reminders: {
                  /** Format: date */
                  dueOn: string
                  kind: 'due_soon' | 'overdue'
                  /** Format: date-time */
                  sentAt: string
                }[]
                /** Format: date-time */
                seenInAppAt: string | null
                source: 'officer' | 'camera'
                status: 'notified' | 'confirmed' | 'appealed' | 'cancelled' | 'paid'
                vehicleClass: 'car' | 'motorbike'
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/record': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Thông tin cư trú của tôi / My registry record */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              /** Format: date */
              birthDate: string
              commune: {
                code: string
                name: string
                province: string
              }
              fullName: string
              household: {
                /** Format: date */
                birthDate: string
                fullName: string
                relationToHead: string
                self: boolean
              }[]
              personalNumber: string
              sex: 'M' | 'F'
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/sessions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các phiên đăng nhập của tôi / My sessions */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description where it was opened: the person’s own device, or a kiosk of a one-stop shop */
              channel: 'web' | 'kiosk'
              /** Format: date-time */
              createdAt: string
              current: boolean
              device: {
                browser: string | null
                os: string | null
              }
              /** Format: date-time */
              expiresAt: string
              id: string
              userAgent: string | null
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/sessions/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Kết thúc một phiên / End a session */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/me/stays': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Nơi tôi đã lưu trú / Where I have stayed */
    get: {
      parameters: {
        query?: {
          /** @description next, from the previous page */
          after?: string
          limit?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              next: string | null
              /** @description latest arrival first */
              stays: {
                arrivalAt: string
                commune: {
                  code: string
                  name: string
                }
                departedAt: string | null
                establishment: {
                  name: string
                  typeCode: string
                  /** @description Vietnamese / English */
                  typeName: string
                }
                expectedDepartureAt: string | null
                id: string
                /** @description the place declared the stay after the deadline */
                late: boolean
                room: string | null
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/payments/{reference}/simulate': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Mô phỏng ngân hàng báo đã thanh toán (chỉ môi trường phát triển) / Simulate a bank paying (development only) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          /** @description the payment reference */
          reference: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              paidAt: string
              reference: string
              /** @enum {string} */
              status: 'paid'
              transactionId: string
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/payments/banks/{bank}/callback': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Ngân hàng báo thanh toán / A bank reports a payment
     * @description A bank reports a transfer to the collecting account. The body is JSON
     *     { transactionId, reference, amount (whole đồng), paidAt (ISO 8601), payerAccount? }, signed: the header
     *     x-bank-timestamp holds the signing time in Unix seconds (within 5 minutes of ours) and x-bank-signature the
     *     hex HMAC-SHA256, with the bank's secret, of "<timestamp>.<raw body>". The transfer is recorded once per bank
     *     and transactionId, whatever it settles; a retry gets the first answer. A transfer whose reference is unknown,
     *     whose amount differs from the payment's, or whose payment was already paid settles nothing and waits in the
     *     reconciliation.
     */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description hex HMAC-SHA256, with the bank’s secret, of `${timestamp}.${raw body}` */
          'x-bank-signature'?: string
          /** @description when the bank signed, in Unix seconds; within 5 minutes of ours */
          'x-bank-timestamp'?: string
        }
        path: {
          /** @description the bank’s code, e.g. VCB */
          bank: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description whole đồng */
            amount: number
            /**
             * Format: date-time
             * @description ISO 8601 with offset
             */
            paidAt: string
            payerAccount?: string
            /** @description the purpose of transaction the payer sent (the QR’s reference) */
            reference: string
            /** @description the bank's own id of the transfer; a retry sends the same */
            transactionId: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              paidAt: string
              reference: string
              /** @enum {string} */
              status: 'paid'
              transactionId: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/payments/reconciliation': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Đối soát thu trong ngày / The day’s reconciliation
     * @description Requests paid that day (Vietnam time), requests made by its end and still unpaid, and transfers of that day that settled nothing, with totals; as CSV with Accept: text/csv.
     */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD, a Vietnam calendar day; today when left out */
          day?: string & unknown
          /** @description purpose kinds to keep, e.g. services.fee; all when left out */
          purpose?: string[]
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              day: string
              paid: {
                count: number
                items: {
                  amount: number
                  bankCode: string
                  createdAt: string
                  description: string
                  paidAt: string
                  purpose: string
                  reference: string
                  transactionId: string
                }[]
                /** @description sum of the amounts, whole đồng */
                total: number
              }
              unmatched: {
                count: number
                items: {
                  amount: number
                  bankCode: string
                  paidAt: string
                  /** @description why it settled nothing */
                  reason: 'reference_unknown' | 'amount_mismatch' | 'already_paid'
                  receivedAt: string
                  /** @description as the payer wrote it */
                  reference: string
                  transactionId: string
                }[]
                /** @description sum of the amounts, whole đồng */
                total: number
              }
              unpaid: {
                count: number
                items: {
                  amount: number
                  createdAt: string
                  description: string
                  purpose: string
                  reference: string
                }[]
                /** @description sum of the amounts, whole đồng */
                total: number
              }
            }
            'text/csv': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/access': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Quyền của tôi trong Kế hoạch / What I may do in the plan */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description the agencies the caller reports for */
              agencies: string[]
              /** @description sets statuses and deadlines, consolidates */
              manage: boolean
              /** @description own: the models of the caller's agencies only */
              read: 'all' | 'own'
              report: 'all' | 'own' | 'none'
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/agencies': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các cơ quan trong Kế hoạch / The plan's agencies */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencies: {
                code: string
                /** @description reminders also go by message to its focal point */
                hasContact: boolean
                kind: string
                nameEn: string
                nameVi: string
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/agencies/{code}/contact': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /** Đầu mối nhận nhắc báo cáo / Where an agency's reminders go */
    put: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description null: reminders in the app only */
            phone: (string & unknown) | null
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              code: string
              contactPhone: string | null
              contactSetAt: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/consolidations': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các báo cáo tổng hợp / Consolidated reports */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM */
          month?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              consolidations: {
                id: number
                issuedAt: string
                month: string
                /** @description the document number within its year */
                number: number
                totals: {
                  models: {
                    done: number
                    in_progress: number
                    not_started: number
                    overdue: number
                  }
                  reports: {
                    expected: number
                    late: number
                    missing: number
                    submitted: number
                  }
                }
                year: number
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Tổng hợp báo cáo tháng / Consolidate a month's reports */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description YYYY-MM */
            month: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              id: number
              issuedAt: string
              month: string
              /** @description the document number within its year */
              number: number
              totals: {
                models: {
                  done: number
                  in_progress: number
                  not_started: number
                  overdue: number
                }
                reports: {
                  expected: number
                  late: number
                  missing: number
                  submitted: number
                }
              }
              year: number
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/consolidations/{id}/figures.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Số liệu tổng hợp (XLSX) / The consolidated figures as a workbook */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the .xlsx file */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/consolidations/{id}/report.pdf': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Báo cáo tổng hợp (PDF) / The consolidated report as a PDF */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the .pdf file */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/models': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Bảng theo dõi 43 mô hình / The scorecard of the 43 models */
    get: {
      parameters: {
        query?: {
          agency?: string & unknown
          /** @description I-V */
          group?: 'I' | 'II' | 'III' | 'IV' | 'V'
          /** @description YYYY-MM */
          month?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              dueDate: string
              models: {
                deadline: {
                  date: string | null
                  text: string
                }
                group: string
                kpi: {
                  computedAt: string | null
                  /** @description the KPI as the plan file words it */
                  description: string
                  indicators: {
                    key?: string
                    label: string
                    unit: string
                    value: number
                  }[]
                  /** @description why it could not be computed */
                  reason: string | null
                  /** @description agency code of the report it comes from */
                  reportedBy: string | null
                  reportedMonth: string | null
                  /** @description computed from live data, reported by hand, or none */
                  source: 'computed' | 'manual' | 'none'
                  /** @description failed: could not compute (see reason); not_reported: no report gave it yet */
                  state: 'computed' | 'failed' | 'reported' | 'not_reported' | 'none'
                  trend: {
                    indicators: {
                      key?: string
                      label: string
                      unit: string
                      value: number
                    }[]
                    month: string
                  }[]
                }
                lead: {
                  code: string
                  nameEn: string
                  nameVi: string
                }[]
                /** @description as the plan writes it */
                leadText: string
                nameEn: string
                nameVi: string
                no: number
                recordedStatus: 'not_started' | 'in_progress' | 'done'
                reports: {
                  agencies: {
                    agencyCode: string
                    reportId: number | null
                    state: 'submitted' | 'late' | 'draft' | 'due' | 'missing'
                    submittedAt: string | null
                  }[]
                  /** @description reports are late from this day on */
                  dueDate: string
                  late: number
                  missing: number
                  month: string
                }
                status: 'not_started' | 'in_progress' | 'done' | 'overdue'
              }[]
              month: string
              today: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/models/{no}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một mô hình: báo cáo, lịch sử / One model with its reports and history */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          /** @description model number, 1-43 */
          no: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              breakdown: {
                columns: {
                  key: string
                  label: string
                }[]
                rows: {
                  unitCode: string
                  values: number[]
                }[]
              } | null
              coordinate: {
                code: string
                nameEn: string
                nameVi: string
              }[]
              coordinateText: string
              deadline: {
                date: string | null
                text: string
              }
              forces: string
              group: string
              history: {
                changedAt: string
                /** @description name of the staff member */
                changedBy: string | null
                field: 'status' | 'deadline'
                from: string | null
                reason: string
                to: string
              }[]
              kpi: {
                computedAt: string | null
                /** @description the KPI as the plan file words it */
                description: string
                indicators: {
                  key?: string
                  label: string
                  unit: string
                  value: number
                }[]
                /** @description why it could not be computed */
                reason: string | null
                /** @description agency code of the report it comes from */
                reportedBy: string | null
                reportedMonth: string | null
                /** @description computed from live data, reported by hand, or none */
                source: 'computed' | 'manual' | 'none'
                /** @description failed: could not compute (see reason); not_reported: no report gave it yet */
                state: 'computed' | 'failed' | 'reported' | 'not_reported' | 'none'
                trend: {
                  indicators: {
                    key?: string
                    label: string
                    unit: string
                    value: number
                  }[]
                  month: string
                }[]
              }
              lead: {
                code: string
                nameEn: string
                nameVi: string
              }[]
              /** @description as the plan writes it */
              leadText: string
              modules: string[]
              nameEn: string
              nameVi: string
              no: number
              platform: string
              platformDelivers: string
              recordedStatus: 'not_started' | 'in_progress' | 'done'
              reportHistory: {
                agencyCode: string
                attachments: {
                  contentType: string
                  fileName: string
                  id: number
                  size: number
                  uploadedAt: string
                }[]
                createdAt: string
                id: number
                indicators: {
                  key?: string
                  label: string
                  unit: string
                  value: number
                }[]
                modelNo: number
                month: string
                obstacles: string
                progress: string
                proposals: string
                status: 'draft' | 'submitted'
                submittedAt: string | null
                /** @description name of the staff member who submitted */
                submittedBy: string | null
                submittedLate: boolean | null
                updatedAt: string
              }[]
              reports: {
                agencies: {
                  agencyCode: string
                  reportId: number | null
                  state: 'submitted' | 'late' | 'draft' | 'due' | 'missing'
                  submittedAt: string | null
                }[]
                /** @description reports are late from this day on */
                dueDate: string
                late: number
                missing: number
                month: string
              }
              status: 'not_started' | 'in_progress' | 'done' | 'overdue'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/models/{no}/deadline': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /** Ấn định thời hạn mô hình / Set a model's deadline date */
    put: {
      parameters: {
        query?: never
        header?: never
        path: {
          /** @description model number, 1-43 */
          no: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            date: string
            /** @description kept in the history */
            reason: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              breakdown: {
                columns: {
                  key: string
                  label: string
                }[]
                rows: {
                  unitCode: string
                  values: number[]
                }[]
              } | null
              coordinate: {
                code: string
                nameEn: string
                nameVi: string
              }[]
              coordinateText: string
              deadline: {
                date: string | null
                text: string
              }
              forces: string
              group: string
              history: {
                changedAt: string
                /** @description name of the staff member */
                changedBy: string | null
                field: 'status' | 'deadline'
                from: string | null
                reason: string
                to: string
              }[]
              kpi: {
                computedAt: string | null
                /** @description the KPI as the plan file words it */
                description: string
                indicators: {
                  key?: string
                  label: string
                  unit: string
                  value: number
                }[]
                /** @description why it could not be computed */
                reason: string | null
                /** @description agency code of the report it comes from */
                reportedBy: string | null
                reportedMonth: string | null
                /** @description computed from live data, reported by hand, or none */
                source: 'computed' | 'manual' | 'none'
                /** @description failed: could not compute (see reason); not_reported: no report gave it yet */
                state: 'computed' | 'failed' | 'reported' | 'not_reported' | 'none'
                trend: {
                  indicators: {
                    key?: string
                    label: string
                    unit: string
                    value: number
                  }[]
                  month: string
                }[]
              }
              lead: {
                code: string
                nameEn: string
                nameVi: string
              }[]
              /** @description as the plan writes it */
              leadText: string
              modules: string[]
              nameEn: string
              nameVi: string
              no: number
              platform: string
              platformDelivers: string
              recordedStatus: 'not_started' | 'in_progress' | 'done'
              reportHistory: {
                agencyCode: string
                attachments: {
                  contentType: string
                  fileName: string
                  id: number
                  size: number
                  uploadedAt: string
                }[]
                createdAt: string
                id: number
                indicators: {
                  key?: string
                  label: string
                  unit: string
                  value: number
                }[]
                modelNo: number
                month: string
                obstacles: string
                progress: string
                proposals: string
                status: 'draft' | 'submitted'
                submittedAt: string | null
                /** @description name of the staff member who submitted */
                submittedBy: string | null
                submittedLate: boolean | null
                updatedAt: string
              }[]
              reports: {
                agencies: {
                  agencyCode: string
                  reportId: number | null
                  state: 'submitted' | 'late' | 'draft' | 'due' | 'missing'
                  submittedAt: string | null
                }[]
                /** @description reports are late from this day on */
                dueDate: string
                late: number
                missing: number
                month: string
              }
              status: 'not_started' | 'in_progress' | 'done' | 'overdue'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/models/{no}/status': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Cập nhật trạng thái mô hình / Record a model's status */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          /** @description model number, 1-43 */
          no: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description kept in the history */
            reason: string
            /** @description overdue follows from the deadline */
            status: 'not_started' | 'in_progress' | 'done'
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              breakdown: {
                columns: {
                  key: string
                  label: string
                }[]
                rows: {
                  unitCode: string
                  values: number[]
                }[]
              } | null
              coordinate: {
                code: string
                nameEn: string
                nameVi: string
              }[]
              coordinateText: string
              deadline: {
                date: string | null
                text: string
              }
              forces: string
              group: string
              history: {
                changedAt: string
                /** @description name of the staff member */
                changedBy: string | null
                field: 'status' | 'deadline'
                from: string | null
                reason: string
                to: string
              }[]
              kpi: {
                computedAt: string | null
                /** @description the KPI as the plan file words it */
                description: string
                indicators: {
                  key?: string
                  label: string
                  unit: string
                  value: number
                }[]
                /** @description why it could not be computed */
                reason: string | null
                /** @description agency code of the report it comes from */
                reportedBy: string | null
                reportedMonth: string | null
                /** @description computed from live data, reported by hand, or none */
                source: 'computed' | 'manual' | 'none'
                /** @description failed: could not compute (see reason); not_reported: no report gave it yet */
                state: 'computed' | 'failed' | 'reported' | 'not_reported' | 'none'
                trend: {
                  indicators: {
                    key?: string
                    label: string
                    unit: string
                    value: number
                  }[]
                  month: string
                }[]
              }
              lead: {
                code: string
                nameEn: string
                nameVi: string
              }[]
              /** @description as the plan writes it */
              leadText: string
              modules: string[]
              nameEn: string
              nameVi: string
              no: number
              platform: string
              platformDelivers: string
              recordedStatus: 'not_started' | 'in_progress' | 'done'
              reportHistory: {
                agencyCode: string
                attachments: {
                  contentType: string
                  fileName: string
                  id: number
                  size: number
                  uploadedAt: string
                }[]
                createdAt: string
                id: number
                indicators: {
                  key?: string
                  label: string
                  unit: string
                  value: number
                }[]
                modelNo: number
                month: string
                obstacles: string
                progress: string
                proposals: string
                status: 'draft' | 'submitted'
                submittedAt: string | null
                /** @description name of the staff member who submitted */
                submittedBy: string | null
                submittedLate: boolean | null
                updatedAt: string
              }[]
              reports: {
                agencies: {
                  agencyCode: string
                  reportId: number | null
                  state: 'submitted' | 'late' | 'draft' | 'due' | 'missing'
                  submittedAt: string | null
                }[]
                /** @description reports are late from this day on */
                dueDate: string
                late: number
                missing: number
                month: string
              }
              status: 'not_started' | 'in_progress' | 'done' | 'overdue'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/reminders': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Nhắc hạn báo cáo / Report reminders */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM */
          month?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              reminders: {
                agencyCode: string
                body: string
                createdAt: string
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                dueDate: string
                id: number
                kind: 'three_days' | 'one_day'
                messagesSent: number
                modelNos: number[]
                month: string
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/reports': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh sách báo cáo / Reports */
    get: {
      parameters: {
        query?: {
          agency?: string & unknown
          /** @description model number, 1-43 */
          modelNo?: number
          /** @description YYYY-MM */
          month?: string & unknown
          status?: 'draft' | 'submitted'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              reports: {
                agencyCode: string
                attachments: {
                  contentType: string
                  fileName: string
                  id: number
                  size: number
                  uploadedAt: string
                }[]
                createdAt: string
                id: number
                indicators: {
                  key?: string
                  label: string
                  unit: string
                  value: number
                }[]
                modelNo: number
                month: string
                obstacles: string
                progress: string
                proposals: string
                status: 'draft' | 'submitted'
                submittedAt: string | null
                /** @description name of the staff member who submitted */
                submittedBy: string | null
                submittedLate: boolean | null
                updatedAt: string
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Tạo báo cáo tháng (bản nháp) / Start a monthly report (draft) */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the lead agency reported for; needed when the caller may report for several */
            agencyCode?: string & unknown
            /** @description the figures of the month */
            indicators?: {
              key?: string
              label: string
              unit: string
              value: number
            }[]
            /** @description model number, 1-43 */
            modelNo: number
            /** @description YYYY-MM */
            month: string & unknown
            /** @description khó khăn, vướng mắc / obstacles */
            obstacles?: string
            /** @description kết quả, tiến độ / progress: required to submit */
            progress?: string
            /** @description đề xuất, kiến nghị / proposals */
            proposals?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencyCode: string
              attachments: {
                contentType: string
                fileName: string
                id: number
                size: number
                uploadedAt: string
              }[]
              createdAt: string
              id: number
              indicators: {
                key?: string
                label: string
                unit: string
                value: number
              }[]
              modelNo: number
              month: string
              obstacles: string
              progress: string
              proposals: string
              status: 'draft' | 'submitted'
              submittedAt: string | null
              /** @description name of the staff member who submitted */
              submittedBy: string | null
              submittedLate: boolean | null
              updatedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/reports/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một báo cáo / One report */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencyCode: string
              attachments: {
                contentType: string
                fileName: string
                id: number
                size: number
                uploadedAt: string
              }[]
              createdAt: string
              id: number
              indicators: {
                key?: string
                label: string
                unit: string
                value: number
              }[]
              modelNo: number
              month: string
              obstacles: string
              progress: string
              proposals: string
              status: 'draft' | 'submitted'
              submittedAt: string | null
              /** @description name of the staff member who submitted */
              submittedBy: string | null
              submittedLate: boolean | null
              updatedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    /** Lưu bản nháp / Save a draft */
    put: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the figures of the month */
            indicators?: {
              key?: string
              label: string
              unit: string
              value: number
            }[]
            /** @description khó khăn, vướng mắc / obstacles */
            obstacles?: string
            /** @description kết quả, tiến độ / progress: required to submit */
            progress?: string
            /** @description đề xuất, kiến nghị / proposals */
            proposals?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencyCode: string
              attachments: {
                contentType: string
                fileName: string
                id: number
                size: number
                uploadedAt: string
              }[]
              createdAt: string
              id: number
              indicators: {
                key?: string
                label: string
                unit: string
                value: number
              }[]
              modelNo: number
              month: string
              obstacles: string
              progress: string
              proposals: string
              status: 'draft' | 'submitted'
              submittedAt: string | null
              /** @description name of the staff member who submitted */
              submittedBy: string | null
              submittedLate: boolean | null
              updatedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/reports/{id}/attachments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đính kèm tệp (PDF, PNG, JPEG, DOCX, XLSX; tối đa 2 MiB) / Attach a file */
    post: {
      parameters: {
        query: {
          /** @description the file name, shown and given back on download */
          name: string & unknown
        }
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              contentType: string
              fileName: string
              id: number
              size: number
              uploadedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/reports/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tải tệp đính kèm / Download an attachment */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          attachmentId: number
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    /** Gỡ tệp đính kèm / Remove an attachment */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          attachmentId: number
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/plan/reports/{id}/submission': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Gửi báo cáo / Submit a report */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: number
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agencyCode: string
              attachments: {
                contentType: string
                fileName: string
                id: number
                size: number
                uploadedAt: string
              }[]
              createdAt: string
              id: number
              indicators: {
                key?: string
                label: string
                unit: string
                value: number
              }[]
              modelNo: number
              month: string
              obstacles: string
              progress: string
              proposals: string
              status: 'draft' | 'submitted'
              submittedAt: string | null
              /** @description name of the staff member who submitted */
              submittedBy: string | null
              submittedLate: boolean | null
              updatedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/population/residents': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tìm công dân trong địa bàn / Search residents in your jurisdiction */
    get: {
      parameters: {
        query: {
          after?: string
          birthDate?: string & unknown
          limit?: number
          name?: string
          /** @description why personal data is read; kept in the audit trail the resident can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
          /** @description GSO code: province 2, district 3, commune 5 digits */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              next: string | null
              residents: components['schemas']['Resident'][]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/population/residents/{number}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Thông tin công dân / A resident’s record */
    get: {
      parameters: {
        query: {
          /** @description why personal data is read; kept in the audit trail the resident can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
        }
        header?: never
        path: {
          number: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              birthDate: string
              birthProvinceCode: string
              birthProvinceName: string | null
              cardExpiresOn: string | null
              cardIssuedOn: string | null
              communeCode: string
              communeName: string | null
              eidLevel: number
              fullName: string
              householdId: number
              oldIdNumber: string | null
              personalNumber: string
              relationToHead: string
              sex: 'M' | 'F'
              status: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/population/residents/{number}/household': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Hộ gia đình / The resident’s household */
    get: {
      parameters: {
        query: {
          /** @description why personal data is read; kept in the audit trail the resident can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
        }
        header?: never
        path: {
          number: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              household: {
                address: string
                communeCode: string
                communeName: string | null
                id: number
              }
              members: components['schemas']['Resident'][]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/population/residents/{number}/movements': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Biến động cư trú / Registry movements */
    get: {
      parameters: {
        query: {
          /** @description why personal data is read; kept in the audit trail the resident can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
        }
        header?: never
        path: {
          number: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              movements: {
                communeCode: string
                communeName: string | null
                kind: string
                occurredOn: string
                otherProvinceCode: string | null
                otherProvinceName: string | null
                place: string | null
                untilOn: string | null
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/population/units': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đơn vị hành chính con / Child units (provinces when parent is omitted) */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD, Vietnam calendar day; default today */
          asOf?: string & unknown
          /** @description GSO code: province 2, district 3, commune 5 digits */
          parent?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              asOf: string
              units: components['schemas']['AdminUnit'][]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/population/units/{code}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một đơn vị hành chính và các cấp trên / One unit with its parent chain */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD, Vietnam calendar day; default today */
          asOf?: string & unknown
        }
        header?: never
        path: {
          /** @description GSO code: province 2, district 3, commune 5 digits */
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              code: string
              level: 'province' | 'district' | 'commune'
              name: string
              /** @description nearest parent first */
              parents: components['schemas']['AdminUnit'][]
              shortName: string | null
              /** @description Tỉnh, Thành phố Trung ương, Quận, Huyện, Thị xã, Thành phố, Phường, Xã, Thị trấn, Đặc khu */
              type: string
              /** @description first day in force; null = before the earliest record held */
              validFrom: string | null
              /** @description first day no longer in force; null = in force */
              validTo: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/population/units/{code}/successors': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đơn vị kế thừa của một mã cũ / The unit(s) an old code became */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD, Vietnam calendar day; default today */
          asOf?: string & unknown
        }
        header?: never
        path: {
          /** @description GSO code: province 2, district 3, commune 5 digits */
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              asOf: string
              successors: {
                code: string
                coverage: 'full' | 'partial'
                level: 'province' | 'district' | 'commune'
                name: string
                shortName: string | null
                /** @description Tỉnh, Thành phố Trung ương, Quận, Huyện, Thị xã, Thành phố, Phường, Xã, Thị trấn, Đặc khu */
                type: string
                /** @description first day in force; null = before the earliest record held */
                validFrom: string | null
                /** @description first day no longer in force; null = in force */
                validTo: string | null
              }[]
              unit: components['schemas']['AdminUnit']
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/attachments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Tải lên bản quét giấy tờ (PDF, JPEG, PNG) / Upload a scan */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: uuid */
              id: string
              mediaType: string
              size: number
              /** Format: date-time */
              uploadedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/catalogue': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh mục dịch vụ công / The public services */
    get: {
      parameters: {
        query?: {
          /** @description words of the name, diacritics optional */
          q?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              services: {
                agency: {
                  code: string
                  name: {
                    en: string
                    vi: string
                  }
                }
                code: string
                eidLevel: number
                essentialNo: number | null
                fee: number
                level: string
                linked: boolean
                name: {
                  en: string
                  vi: string
                }
                online: string
                /** @description no paper scan to upload */
                paperless: boolean
                summary: {
                  en: string
                  vi: string
                }
                timeLimitDays: number
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/catalogue/{code}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một dịch vụ công: tờ khai, giấy tờ, các bước / One service */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agency: {
                code: string
                name: {
                  en: string
                  vi: string
                }
              }
              code: string
              documents: {
                key: string
                kinds: string[]
                name: {
                  en: string
                  vi: string
                }
                required: boolean
                suppliedBy: string
              }[]
              eidLevel: number
              essentialNo: number | null
              fee: number
              feeNote: {
                en: string
                vi: string
              } | null
              form: {
                labels: {
                  [key: string]: {
                    en: string
                    vi: string
                  }
                }
                schema: unknown
                uiSchema: unknown
              }
              level: string
              linked: boolean
              name: {
                en: string
                vi: string
              }
              online: string
              /** @description no paper scan to upload */
              paperless: boolean
              parts: {
                agency: {
                  en: string
                  vi: string
                }
                code: string
                name: {
                  en: string
                  vi: string
                }
              }[]
              /** @description fields the registry fills, locked */
              prefilled: string[]
              steps: {
                key: string
                name: {
                  en: string
                  vi: string
                }
              }[]
              summary: {
                en: string
                vi: string
              }
              timeLimitDays: number
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/catalogue/{code}/form': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tờ khai điền sẵn từ CSDL dân cư / The form filled from the registry */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              draft: {
                data: {
                  [key: string]: unknown
                }
                updatedAt: string
              } | null
              locked: string[]
              serviceCode: string
              values: {
                [key: string]: unknown
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/dossiers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Nộp hồ sơ / File a dossier */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description required: 1-200 printable ASCII characters, e.g. a UUID */
          'idempotency-key'?: string
        }
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @default [] */
            attachments: {
              /** Format: uuid */
              id: string
              requirement: string
            }[]
            data: {
              [key: string]: unknown
            }
            serviceCode: string & unknown
            /** @default [] */
            vaultDocuments: {
              /** Format: uuid */
              id: string
              requirement: string
            }[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              applicantName: string
              channel: string
              code: string
              /** Format: date-time */
              dueAt: string
              fee: {
                amount: number
                paid: boolean
              }
              lookupPath: string
              parts: {
                agency: {
                  en: string
                  vi: string
                }
                code: string
                /** Format: date-time */
                dueAt: string
                serviceCode: string
                serviceName: {
                  en: string
                  vi: string
                }
                status: string
              }[]
              /** Format: date-time */
              receivedAt: string
              serviceCode: string
              serviceName: {
                en: string
                vi: string
              }
              status: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/drafts': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Bản nháp của tôi / My drafts */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              drafts: {
                data: {
                  [key: string]: unknown
                }
                serviceCode: string
                /** Format: date-time */
                updatedAt: string
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/drafts/{code}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /** Lưu bản nháp / Save a draft */
    put: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            data: {
              [key: string]: unknown
            }
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              data: {
                [key: string]: unknown
              }
              serviceCode: string
              /** Format: date-time */
              updatedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    post?: never
    /** Xóa bản nháp / Discard a draft */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/handling/{code}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Xem hồ sơ để xử lý (ghi nhật ký kèm mục đích) / A dossier, read with a purpose */
    get: {
      parameters: {
        query: {
          /** @description why the dossier is read; kept in the audit trail the applicant can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
        }
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              applicant: {
                eidLevel: number
                fullName: string
                personalNumber: string
              }
              assignedToMe: boolean
              assigneeId: string | null
              attachments: {
                id: string
                mediaType: string
                requirement: string | null
                size: number
              }[]
              channel: string
              code: string
              communeCode: string
              data: {
                [key: string]: unknown
              }
              /** Format: date-time */
              decidedAt: string | null
              decisionReason: string | null
              documents: {
                key: string
                name: {
                  en: string
                  vi: string
                }
                required: boolean
                suppliedBy: string
              }[]
              /** Format: date-time */
              dueAt: string
              fee: {
                amount: number
                paid: boolean
              }
              labels: {
                [key: string]: {
                  en: string
                  vi: string
                }
              }
              outcome: {
                [key: string]: unknown
              } | null
              /** Format: date-time */
              pausedAt: string | null
              /** Format: date-time */
              receivedAt: string
              serviceCode: string
              serviceName: {
                en: string
                vi: string
              }
              /** @description on time; due by the end of the next working day; overdue */
              sla: 'on_time' | 'due_soon' | 'overdue'
              status: string
              timeline: {
                /** Format: date-time */
                at: string
                dossierCode: string
                kind: string
                note: string | null
              }[]
              vaultDocuments: {
                fields: {
                  [key: string]: unknown
                }
                file: {
                  mediaType: string
                  size: number
                } | null
                id: string
                issuedOn: string | null
                issuerAgency: string | null
                kind: {
                  code: string
                  name: {
                    en: string
                    vi: string
                  }
                }
                labels: {
                  [key: string]: {
                    en: string
                    vi: string
                  }
                }
                origin: 'issued' | 'uploaded' | 'certified'
                requirement: string
                verified: boolean
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/handling/{code}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Duyệt hồ sơ (cập nhật CSDL dân cư nếu có) / Approve (the registry changes) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description required to refuse; a note to approve */
            reason?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              assigneeId: string | null
              code: string
              /** Format: date-time */
              decidedAt: string | null
              decisionReason: string | null
              /** Format: date-time */
              dueAt: string
              outcome: {
                [key: string]: unknown
              } | null
              /** Format: date-time */
              pausedAt: string | null
              status: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/handling/{code}/assign': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Nhận xử lý hoặc giao cho đồng nghiệp / Take the dossier or give it to a colleague */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description a colleague; yourself when absent
             */
            assigneeId?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              assigneeId: string | null
              code: string
              /** Format: date-time */
              decidedAt: string | null
              decisionReason: string | null
              /** Format: date-time */
              dueAt: string
              outcome: {
                [key: string]: unknown
              } | null
              /** Format: date-time */
              pausedAt: string | null
              status: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/handling/{code}/attachments/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tải giấy tờ đính kèm của hồ sơ / Download a dossier’s scan */
    get: {
      parameters: {
        query: {
          /** @description why the dossier is read; kept in the audit trail the applicant can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
        }
        header?: never
        path: {
          code: string & unknown
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/handling/{code}/refuse': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Từ chối hồ sơ, nêu lý do / Refuse, with the reason */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description required to refuse; a note to approve */
            reason?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              assigneeId: string | null
              code: string
              /** Format: date-time */
              decidedAt: string | null
              decisionReason: string | null
              /** Format: date-time */
              dueAt: string
              outcome: {
                [key: string]: unknown
              } | null
              /** Format: date-time */
              pausedAt: string | null
              status: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/handling/{code}/request-info': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Yêu cầu bổ sung (tạm dừng thời hạn) / Ask for more (the clock pauses) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            message: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              assigneeId: string | null
              code: string
              /** Format: date-time */
              decidedAt: string | null
              decisionReason: string | null
              /** Format: date-time */
              dueAt: string
              outcome: {
                [key: string]: unknown
              } | null
              /** Format: date-time */
              pausedAt: string | null
              status: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/handling/{code}/result.pdf': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Kết quả giải quyết (PDF) / The result (PDF) */
    get: {
      parameters: {
        query: {
          /** @description why the dossier is read; kept in the audit trail the applicant can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
        }
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/lookup/{code}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tra cứu tình trạng hồ sơ theo mã / Where a dossier stands, by its code */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              code: string
              /** Format: date-time */
              dueAt: string
              parts: {
                code: string
                serviceName: {
                  en: string
                  vi: string
                }
                status: string
              }[]
              /** Format: date-time */
              receivedAt: string
              serviceName: {
                en: string
                vi: string
              }
              status: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/services/queue': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Hồ sơ cần xử lý của đơn vị / The queue of my units */
    get: {
      parameters: {
        query: {
          /** @description next, from the last page */
          cursor?: string
          limit: number
          /** @description a dossier code's beginning, or an applicant's personal number (12 digits) */
          q?: string & unknown
          service?: string & unknown
          /** @description on time; due by the end of the next working day; overdue */
          sla?: 'on_time' | 'due_soon' | 'overdue'
          /** @description the open ones (received, in review, waiting for the resident) if absent */
          status?: 'received' | 'in_review' | 'needs_info' | 'approved' | 'refused'
          /** @description a commune or province code */
          unit?: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: {
                assignedToMe: boolean
                assigneeId: string | null
                channel: string
                code: string
                communeCode: string
                /** Format: date-time */
                dueAt: string
                feePaid: boolean
                paused: boolean
                /** Format: date-time */
                receivedAt: string
                serviceCode: string
                serviceName: {
                  en: string
                  vi: string
                }
                /** @description on time; due by the end of the next working day; overdue */
                sla: 'on_time' | 'due_soon' | 'overdue'
                status: string
              }[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/sso/clients': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh sách ứng dụng / List clients */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              authMethod: string
              clientId: string
              /** Format: date-time */
              createdAt: string
              /** Format: date-time */
              disabledAt: string | null
              firstParty: boolean
              kind: 'web' | 'machine'
              name: string
              redirectUris: string[]
              role: string | null
              scopes: string[]
              sectorIdentifierUri: string | null
              unitCodes: string[]
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký ứng dụng / Register a client */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            agencyCode?: string
            authMethod: 'client_secret_basic' | 'private_key_jwt'
            clientId?: string & unknown
            establishmentId?: string
            jwks?: {
              keys: {
                kid?: string
                kty: string
              }[]
            }
            kind: 'web' | 'machine'
            name: string
            postLogoutRedirectUris?: string[]
            redirectUris?: string[]
            role?:
              | 'communeOfficer'
              | 'communePolice'
              | 'provincialPolice'
              | 'departmentOfficer'
              | 'establishmentStaff'
              | 'analyst'
              | 'securityOfficer'
              | 'administrator'
              | 'partnerSystem'
              | 'committeeMember'
              | 'agencyReporter'
              | 'standingOffice'
              | 'partnerStaff'
              | 'operatorStaff'
              | 'operatorSystem'
              | 'trafficCamera'
            scopes?: string[]
            /** @description Tài liệu JSON liệt kê địa chỉ chuyển hướng của các ứng dụng cùng một hệ thống (OpenID Connect Core 8.1) / a JSON document listing the redirect URIs of one system's clients */
            sectorIdentifierUri?: string
            unitCodes?: (string & unknown)[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              clientId: string
              /** @description shown once, never stored */
              clientSecret?: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/sso/clients/{clientId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Vô hiệu hoá ứng dụng / Disable a client */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          clientId: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/sso/clients/{clientId}/secret': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đổi khoá bí mật / Rotate the secret */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          clientId: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              clientId: string
              /** @description shown once, never stored */
              clientSecret?: string
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/declarations/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một khai báo lưu trú (công an địa bàn hoặc cơ sở khai báo) / One declaration (police of the place or the declaring establishment) */
    get: {
      parameters: {
        query: {
          /** @description why the guests are read; kept in the audit trail each resident can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
        }
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              accompaniedBy: string | null
              arrivalAt: string
              birthDate: string
              deadlineAt: string
              declaredAt: string
              departedAt: string | null
              entryDate: string | null
              establishment: {
                address: string
                communeCode: string
                id: string
                name: string
              }
              expectedDepartureAt: string | null
              /** @description facts for the police, e.g. 'open_stay_elsewhere' */
              flags: string[]
              fullName: string
              groupId: string | null
              guestKind: 'citizen' | 'foreigner'
              /** @description changes made to the declaration, oldest first */
              history: {
                changedAt: string
                kind: string
                reason: string | null
                /** @description the revision this change replaced */
                revision: number
              }[]
              id: string
              late: boolean
              method: string
              nationality: string
              passportExpiresOn: string | null
              passportNumber: string | null
              personalNumber: string | null
              revision: number
              room: string | null
              sex: string | null
              tripId: string | null
              visaExpiresOn: string | null
              visaNumber: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/declarations/{id}/check-out': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Khách trả phòng / Check a guest out */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description when the guest left; now if absent
             */
            departedAt?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              accompaniedBy: string | null
              arrivalAt: string
              birthDate: string
              deadlineAt: string
              declaredAt: string
              departedAt: string | null
              entryDate: string | null
              establishment: {
                address: string
                communeCode: string
                id: string
                name: string
              }
              expectedDepartureAt: string | null
              /** @description facts for the police, e.g. 'open_stay_elsewhere' */
              flags: string[]
              fullName: string
              groupId: string | null
              guestKind: 'citizen' | 'foreigner'
              id: string
              late: boolean
              method: string
              nationality: string
              passportExpiresOn: string | null
              passportNumber: string | null
              personalNumber: string | null
              revision: number
              room: string | null
              sex: string | null
              tripId: string | null
              visaExpiresOn: string | null
              visaNumber: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/declarations/{id}/corrections': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Sửa khai báo, giữ bản cũ / Correct a declaration, keeping the original */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description ISO 8601 with offset
             */
            arrivalAt?: string
            /** @description foreign guests only */
            fullName?: string
            reason: string
            room?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              accompaniedBy: string | null
              arrivalAt: string
              birthDate: string
              deadlineAt: string
              declaredAt: string
              departedAt: string | null
              entryDate: string | null
              establishment: {
                address: string
                communeCode: string
                id: string
                name: string
              }
              expectedDepartureAt: string | null
              /** @description facts for the police, e.g. 'open_stay_elsewhere' */
              flags: string[]
              fullName: string
              groupId: string | null
              guestKind: 'citizen' | 'foreigner'
              id: string
              late: boolean
              method: string
              nationality: string
              passportExpiresOn: string | null
              passportNumber: string | null
              personalNumber: string | null
              revision: number
              room: string | null
              sex: string | null
              tripId: string | null
              visaExpiresOn: string | null
              visaNumber: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/declarations/{id}/extension': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Gia hạn lưu trú / Extend a stay */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description ISO 8601 with offset
             */
            expectedDepartureAt: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              accompaniedBy: string | null
              arrivalAt: string
              birthDate: string
              deadlineAt: string
              declaredAt: string
              departedAt: string | null
              entryDate: string | null
              establishment: {
                address: string
                communeCode: string
                id: string
                name: string
              }
              expectedDepartureAt: string | null
              /** @description facts for the police, e.g. 'open_stay_elsewhere' */
              flags: string[]
              fullName: string
              groupId: string | null
              guestKind: 'citizen' | 'foreigner'
              id: string
              late: boolean
              method: string
              nationality: string
              passportExpiresOn: string | null
              passportNumber: string | null
              personalNumber: string | null
              revision: number
              room: string | null
              sex: string | null
              tripId: string | null
              visaExpiresOn: string | null
              visaNumber: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishment-types': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Loại cơ sở lưu trú / Establishment types */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              capacityUnit: 'room' | 'bed' | 'seat'
              code: string
              nameEn: string
              nameVi: string
            }[]
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Cơ sở trên địa bàn (công an) / Establishments in my jurisdiction (police) */
    get: {
      parameters: {
        query?: {
          /** @description default 100 */
          limit?: number
          /** @description pending until the commune police decide */
          status?: 'pending' | 'approved' | 'refused'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              capacity: number
              capacityUnit: 'room' | 'bed' | 'seat'
              /** @description the code people read and quote, e.g. CS-00001 */
              code: string
              communeCode: string
              communeName: string | null
              createdAt: string
              decidedAt: string | null
              /** @description the police's reason, told to the owner */
              decisionReason: string | null
              id: string
              name: string
              owner: {
                fullName: string | null
              }
              provinceCode: string
              /** @description the establishment software's API client, once issued */
              ssoClientId: string | null
              /** @description pending until the commune police decide */
              status: 'pending' | 'approved' | 'refused'
              typeCode: string
            }[]
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký cơ sở lưu trú (định danh mức 2) / Register an establishment (eID level 2) */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description required: 1-200 printable ASCII characters, e.g. a UUID */
          'idempotency-key'?: string
        }
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            address: string & unknown
            /** @description in the type's unit: rooms, beds or seats */
            capacity: number
            /** @description a commune in force today */
            communeCode: string & unknown
            name: string & unknown
            /** @description a code of GET /establishment-types */
            typeCode: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              capacity: number
              capacityUnit: 'room' | 'bed' | 'seat'
              /** @description the code people read and quote, e.g. CS-00001 */
              code: string
              communeCode: string
              createdAt: string
              decidedAt: string | null
              /** @description the police's reason, told to the owner */
              decisionReason: string | null
              id: string
              name: string
              provinceCode: string
              /** @description the establishment software's API client, once issued */
              ssoClientId: string | null
              /** @description pending until the commune police decide */
              status: 'pending' | 'approved' | 'refused'
              typeCode: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Cơ sở nơi tôi làm việc / The establishment I declare for */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              capacity: number
              capacityUnit: 'room' | 'bed' | 'seat'
              /** @description the code people read and quote, e.g. CS-00001 */
              code: string
              communeCode: string
              createdAt: string
              decidedAt: string | null
              /** @description the police's reason, told to the owner */
              decisionReason: string | null
              id: string
              name: string
              provinceCode: string
              /** @description the establishment software's API client, once issued */
              ssoClientId: string | null
              /** @description pending until the commune police decide */
              status: 'pending' | 'approved' | 'refused'
              typeCode: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/{id}/credentials': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Khoá API cho phần mềm của cơ sở (chủ cơ sở) / API credentials for the establishment software (owner) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              clientId: string
              /** @description shown once; asking again rotates it */
              clientSecret: string
              rotated: boolean
              /** @description to request with grant_type=client_credentials */
              scope: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/{id}/decision': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Duyệt hoặc từ chối cơ sở / Approve or refuse an establishment */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            decision: 'approve' | 'refuse'
            /** @description required to refuse; told to the owner */
            reason?: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              capacity: number
              capacityUnit: 'room' | 'bed' | 'seat'
              /** @description the code people read and quote, e.g. CS-00001 */
              code: string
              communeCode: string
              createdAt: string
              decidedAt: string | null
              /** @description the police's reason, told to the owner */
              decisionReason: string | null
              id: string
              name: string
              provinceCode: string
              /** @description the establishment software's API client, once issued */
              ssoClientId: string | null
              /** @description pending until the commune police decide */
              status: 'pending' | 'approved' | 'refused'
              typeCode: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/{id}/declarations': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Sổ khai báo lưu trú của cơ sở / The establishment’s declarations */
    get: {
      parameters: {
        query?: {
          /** @description next, from the previous page */
          after?: string
          /** @description declared on or after this day (Vietnam time) */
          from?: string
          /** @description true: late declarations only */
          late?: boolean
          limit?: number
          /** @description declared on or before this day (Vietnam time) */
          to?: string
        }
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description newest declared first */
              declarations: {
                accompaniedBy: string | null
                arrivalAt: string
                birthDate: string
                deadlineAt: string
                declaredAt: string
                departedAt: string | null
                entryDate: string | null
                establishment: {
                  address: string
                  communeCode: string
                  id: string
                  name: string
                }
                expectedDepartureAt: string | null
                /** @description facts for the police, e.g. 'open_stay_elsewhere' */
                flags: string[]
                fullName: string
                groupId: string | null
                guestKind: 'citizen' | 'foreigner'
                id: string
                late: boolean
                method: string
                nationality: string
                passportExpiresOn: string | null
                passportNumber: string | null
                personalNumber: string | null
                revision: number
                room: string | null
                sex: string | null
                tripId: string | null
                visaExpiresOn: string | null
                visaNumber: string | null
              }[]
              /** @description of which after the deadline */
              lateCount: number
              next: string | null
              /** @description declared in the period */
              total: number
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Khai báo lưu trú một khách hoặc một đoàn / Declare a guest or a group */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description required: 1-200 printable ASCII characters, e.g. a UUID */
          'idempotency-key'?: string
        }
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description ISO 8601 with offset
             */
            arrivalAt: string
            /**
             * Format: date-time
             * @description ISO 8601 with offset
             */
            expectedDepartureAt?: string
            /** @description one guest, or a family or a group arriving together */
            guests: (
              | {
                  /** @description index in `guests` of the adult accompanying this child */
                  accompaniedBy?: number
                  /** @description the resident app QR */
                  identityQr: string
                  /** @description room or bed */
                  room?: string
                }
              | {
                  /** @description index in `guests` of the adult accompanying this child */
                  accompaniedBy?: number
                  /** @description the chip card QR text */
                  cardQr: string
                  /** @description room or bed */
                  room?: string
                }
              | {
                  /** @description index in `guests` of the adult accompanying this child */
                  accompaniedBy?: number
                  /**
                   * Format: date
                   * @description YYYY-MM-DD
                   */
                  birthDate: string
                  fullName: string
                  personalNumber: string & unknown
                  /** @description room or bed */
                  room?: string
                }
              | {
                  /** @description index in `guests` of the adult accompanying this child */
                  accompaniedBy?: number
                  /**
                   * Format: date
                   * @description YYYY-MM-DD
                   */
                  entryDate: string
                  /** @description the two MRZ lines */
                  passportMrz: string
                  /** @description room or bed */
                  room?: string
                  /**
                   * Format: date
                   * @description YYYY-MM-DD
                   */
                  visaExpiresOn?: string
                  visaNumber?: string
                }
            )[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description in the order of `guests` */
              declarations: {
                accompaniedBy: string | null
                arrivalAt: string
                birthDate: string
                deadlineAt: string
                declaredAt: string
                departedAt: string | null
                entryDate: string | null
                establishment: {
                  address: string
                  communeCode: string
                  id: string
                  name: string
                }
                expectedDepartureAt: string | null
                /** @description facts for the police, e.g. 'open_stay_elsewhere' */
                flags: string[]
                fullName: string
                groupId: string | null
                guestKind: 'citizen' | 'foreigner'
                id: string
                late: boolean
                method: string
                nationality: string
                passportExpiresOn: string | null
                passportNumber: string | null
                personalNumber: string | null
                revision: number
                room: string | null
                sex: string | null
                tripId: string | null
                visaExpiresOn: string | null
                visaNumber: string | null
              }[]
              groupId: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/{id}/guests': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Khách đang lưu trú / Guests staying now */
    get: {
      parameters: {
        query?: {
          /** @description next, from the previous page */
          after?: string
          limit?: number
        }
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description newest declared first */
              declarations: {
                accompaniedBy: string | null
                arrivalAt: string
                birthDate: string
                deadlineAt: string
                declaredAt: string
                departedAt: string | null
                entryDate: string | null
                establishment: {
                  address: string
                  communeCode: string
                  id: string
                  name: string
                }
                expectedDepartureAt: string | null
                /** @description facts for the police, e.g. 'open_stay_elsewhere' */
                flags: string[]
                fullName: string
                groupId: string | null
                guestKind: 'citizen' | 'foreigner'
                id: string
                late: boolean
                method: string
                nationality: string
                passportExpiresOn: string | null
                passportNumber: string | null
                personalNumber: string | null
                revision: number
                room: string | null
                sex: string | null
                tripId: string | null
                visaExpiresOn: string | null
                visaNumber: string | null
              }[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/{id}/rooming-lists': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Nhập danh sách khách (CSV, XLSX) / Import a rooming list (CSV, XLSX)
     * @description The body is the file itself: Content-Type text/csv (UTF-8; comma, semicolon or tab) or
     *     application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (first sheet). A header row, then one guest a row, at most
     *     1000 rows and 5 MB. Headers (case and diacritics ignored):
     *     - personalNumber: "Số định danh", "Số định danh cá nhân", "Số CCCD", "CCCD", "Personal number"
     *     - fullName: "Họ và tên", "Họ tên", "Full name", "Name"
     *     - birthDate: "Ngày sinh", "Birth date", "Date of birth"
     *     - room: "Phòng", "Số phòng", "Giường", "Room", "Bed"
     *     - arrival: "Giờ đến", "Thời gian đến", "Ngày đến", "Arrival"
     *     - expectedDeparture: "Dự kiến đi", "Ngày đi dự kiến", "Expected departure"
     *     - nationality: "Quốc tịch", "Nationality"
     *     - passportNumber: "Số hộ chiếu", "Hộ chiếu", "Passport number", "Passport"
     *     - sex: "Giới tính", "Sex"
     *     - passportExpiry: "Hạn hộ chiếu", "Ngày hết hạn hộ chiếu", "Passport expiry"
     *     - entryDate: "Ngày nhập cảnh", "Entry date"
     *     - visaNumber: "Số thị thực", "Thị thực", "Visa number", "Visa"
     *     - visaExpiry: "Hạn thị thực", "Ngày hết hạn thị thực", "Visa expiry"
     *     A citizen needs personalNumber, fullName, birthDate, arrival; a foreigner (a row with passportNumber)
     *     fullName, birthDate, nationality (ICAO code, e.g. FRA), passportNumber, passportExpiry, entryDate, arrival,
     *     and sex, visaNumber, visaExpiry when known. Dates DD/MM/YYYY; arrival and expectedDeparture DD/MM/YYYY HH:mm,
     *     Vietnam time. Each row is declared on its own; the answer reports every row, a refusal naming the
     *     column by the file's own header.
     */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description required: 1-200 printable ASCII characters, e.g. a UUID */
          'idempotency-key'?: string
        }
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              accepted: number
              refused: number
              rows: {
                /** @description STAY_DECLARED, or the refusal's error code */
                code: string
                declarationId?: string
                message: string
                /** @description row number in the file; the header is row 1 */
                row: number
                status: 'accepted' | 'refused'
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/{id}/staff': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Nhân viên của cơ sở (chủ cơ sở) / Staff of my establishment (owner) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              grantedAt: string
              grantId: number
              personalNumber: string
            }[]
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Giao tài khoản nhân viên (chủ cơ sở) / Name a staff member (owner) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description of a resident who has an eID account */
            personalNumber: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              grantedAt: string
              grantId: number
              personalNumber: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/{id}/staff/{grantId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Thu hồi tài khoản nhân viên (chủ cơ sở) / Revoke a staff member (owner) */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          grantId: number
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/{id}/trips': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các chuyến xe của nhà xe / The operator’s trips */
    get: {
      parameters: {
        query?: {
          /** @description departing on or after this day */
          from?: string
          limit?: number
          /** @description departing on or before this day */
          to?: string
        }
        header?: never
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              trips: {
                arrivalAt: string
                departureAt: string
                establishmentId: string
                id: string
                /** @description declared on this trip */
                passengers: number
                route: string
                seats: number
                vehiclePlate: string
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Tạo chuyến xe khách / Open a coach trip */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description required: 1-200 printable ASCII characters, e.g. a UUID */
          'idempotency-key'?: string
        }
        path: {
          id: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description expected arrival, after the departure
             */
            arrivalAt: string
            /**
             * Format: date-time
             * @description ISO 8601 with offset
             */
            departureAt: string
            /** @description e.g. "Biên Hòa - Đà Lạt (QL20)" */
            route: string
            /** @description passenger seats */
            seats: number
            /** @description Vietnamese plate, e.g. 60B-123.45 or 51F-12345 */
            vehiclePlate: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              arrivalAt: string
              departureAt: string
              establishmentId: string
              id: string
              /** @description declared on this trip */
              passengers: number
              route: string
              seats: number
              vehiclePlate: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/mine': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Cơ sở của tôi / My establishments */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              capacity: number
              capacityUnit: 'room' | 'bed' | 'seat'
              /** @description the code people read and quote, e.g. CS-00001 */
              code: string
              communeCode: string
              createdAt: string
              decidedAt: string | null
              /** @description the police's reason, told to the owner */
              decisionReason: string | null
              id: string
              name: string
              provinceCode: string
              /** @description the establishment software's API client, once issued */
              ssoClientId: string | null
              /** @description pending until the commune police decide */
              status: 'pending' | 'approved' | 'refused'
              typeCode: string
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/establishments/workplaces': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Cơ sở nơi tôi làm việc / The establishments I declare guests for */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              address: string
              capacity: number
              capacityUnit: 'room' | 'bed' | 'seat'
              /** @description the code people read and quote, e.g. CS-00001 */
              code: string
              communeCode: string
              createdAt: string
              decidedAt: string | null
              /** @description the police's reason, told to the owner */
              decisionReason: string | null
              id: string
              name: string
              provinceCode: string
              /** @description the establishment software's API client, once issued */
              ssoClientId: string | null
              /** @description pending until the commune police decide */
              status: 'pending' | 'approved' | 'refused'
              typeCode: string
            }[]
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/alerts': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Cảnh báo người trong danh sách theo dõi (công an xã nơi lưu trú và đơn vị phụ trách) / Watch-list alerts (commune police of the stay and the responsible unit) */
    get: {
      parameters: {
        query?: {
          /** @description only (un)acknowledged alerts */
          acknowledged?: boolean
          /** @description next, from the previous page */
          after?: string
          limit?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              alerts: {
                acknowledgedAt: string | null
                communeCode: string
                communeName: string | null
                createdAt: string
                declaration: {
                  arrivalAt: string
                  birthDate: string
                  fullName: string
                  id: string
                  room: string | null
                  tripId: string | null
                }
                entry: {
                  id: string
                  person: {
                    /** @description a listed citizen's name in the registry */
                    fullName: string | null
                    nationality: string | null
                    passportNumber: string | null
                    personalNumber: string | null
                  }
                  reason: string
                }
                establishment: {
                  address: string
                  id: string
                  name: string
                }
                id: string
                responsibleUnitCode: string
                responsibleUnitName: string | null
              }[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/alerts/{id}/acknowledgement': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Xác nhận đã xử lý cảnh báo / Acknowledge an alert */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              acknowledgedAt: string | null
              communeCode: string
              communeName: string | null
              createdAt: string
              declaration: {
                arrivalAt: string
                birthDate: string
                fullName: string
                id: string
                room: string | null
                tripId: string | null
              }
              entry: {
                id: string
                person: {
                  /** @description a listed citizen's name in the registry */
                  fullName: string | null
                  nationality: string | null
                  passportNumber: string | null
                  personalNumber: string | null
                }
                reason: string
              }
              establishment: {
                address: string
                id: string
                name: string
              }
              id: string
              responsibleUnitCode: string
              responsibleUnitName: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/declarations': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Khai báo lưu trú trên địa bàn / Declarations in my jurisdiction */
    get: {
      parameters: {
        query: {
          /** @description next, from the previous page */
          after?: string
          establishment?: string
          /** @description declared on or after this day (Vietnam time) */
          from?: string
          guestKind?: 'citizen' | 'foreigner'
          /** @description true: late declarations only */
          late?: boolean
          limit?: number
          /** @description why the guests are read; kept in the audit trail each resident can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
          /** @description declared on or before this day (Vietnam time) */
          to?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description newest declared first */
              declarations: {
                accompaniedBy: string | null
                arrivalAt: string
                birthDate: string
                deadlineAt: string
                declaredAt: string
                departedAt: string | null
                entryDate: string | null
                establishment: {
                  address: string
                  communeCode: string
                  id: string
                  name: string
                }
                expectedDepartureAt: string | null
                /** @description facts for the police, e.g. 'open_stay_elsewhere' */
                flags: string[]
                fullName: string
                groupId: string | null
                guestKind: 'citizen' | 'foreigner'
                id: string
                late: boolean
                method: string
                nationality: string
                passportExpiresOn: string | null
                passportNumber: string | null
                personalNumber: string | null
                revision: number
                room: string | null
                sex: string | null
                tripId: string | null
                visaExpiresOn: string | null
                visaNumber: string | null
              }[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/guests': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Khách đang lưu trú trên địa bàn / Current guests in my jurisdiction */
    get: {
      parameters: {
        query: {
          /** @description next, from the previous page */
          after?: string
          establishment?: string
          guestKind?: 'citizen' | 'foreigner'
          limit?: number
          /** @description why the guests are read; kept in the audit trail each resident can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description newest declared first */
              declarations: {
                accompaniedBy: string | null
                arrivalAt: string
                birthDate: string
                deadlineAt: string
                declaredAt: string
                departedAt: string | null
                entryDate: string | null
                establishment: {
                  address: string
                  communeCode: string
                  id: string
                  name: string
                }
                expectedDepartureAt: string | null
                /** @description facts for the police, e.g. 'open_stay_elsewhere' */
                flags: string[]
                fullName: string
                groupId: string | null
                guestKind: 'citizen' | 'foreigner'
                id: string
                late: boolean
                method: string
                nationality: string
                passportExpiresOn: string | null
                passportNumber: string | null
                personalNumber: string | null
                revision: number
                room: string | null
                sex: string | null
                tripId: string | null
                visaExpiresOn: string | null
                visaNumber: string | null
              }[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/late-by-establishment': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Khai báo trễ hạn theo cơ sở / Late declarations by establishment */
    get: {
      parameters: {
        query: {
          /** @description first day of the period (Vietnam time), by declaration day */
          from: string
          limit?: number
          /** @description last day of the period, included */
          to: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description most late first */
              establishments: {
                /** @description declared in the period */
                declarations: number
                establishment: {
                  address: string
                  communeCode: string
                  id: string
                  name: string
                }
                /** @description of which after the deadline */
                late: number
                /** @description on time / declared, 0-1 */
                onTimeShare: number
              }[]
              from: string
              to: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/live': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Khai báo mới và cảnh báo theo thời gian thực (SSE) / New declarations and alerts, live (server-sent events)
     * @description Events 'stays.declared' {declarationId, establishment {id, name}, arrivalAt, late, flags, guestKind} and 'stays.watch_alert' {alertId, communeCode}, in your jurisdiction; a comment every 15 s keeps the connection open. Each event's id is its place in the outbox: reconnecting with Last-Event-ID brings the events after it first (an id the stream did not write is ignored; a client too far behind gets 'stays.resync' {}, to reload its lists). The session and role are checked again every 5 s and before each event: once the caller has signed out (or the session expired, or the token was revoked) or lost the role, the stream sends 'stays.ended' {reason: 'signed-out' | 'access-revoked'} and ends.
     */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description the id of the last event received, e.g. 1234-56 */
          'last-event-id'?: string
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description text/event-stream */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'text/event-stream': string
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/people/{personalNumber}/stays': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Lưu trú của một người trên toàn tỉnh (công an tỉnh) / A person’s stays in the province (provincial police) */
    get: {
      parameters: {
        query: {
          /** @description next, from the previous page */
          after?: string
          limit?: number
          /** @description why the guests are read; kept in the audit trail each resident can see */
          purpose:
            | 'identity_verification'
            | 'residence_management'
            | 'administrative_procedure'
            | 'criminal_investigation'
            | 'administrative_violation'
            | 'social_welfare'
            | 'health_care'
            | 'account_verification_level2'
            | 'data_correction'
        }
        header?: never
        path: {
          personalNumber: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description newest declared first */
              declarations: {
                accompaniedBy: string | null
                arrivalAt: string
                birthDate: string
                deadlineAt: string
                declaredAt: string
                departedAt: string | null
                entryDate: string | null
                establishment: {
                  address: string
                  communeCode: string
                  id: string
                  name: string
                }
                expectedDepartureAt: string | null
                /** @description facts for the police, e.g. 'open_stay_elsewhere' */
                flags: string[]
                fullName: string
                groupId: string | null
                guestKind: 'citizen' | 'foreigner'
                id: string
                late: boolean
                method: string
                nationality: string
                passportExpiresOn: string | null
                passportNumber: string | null
                personalNumber: string | null
                revision: number
                room: string | null
                sex: string | null
                tripId: string | null
                visaExpiresOn: string | null
                visaNumber: string | null
              }[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/watch-list': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh sách theo dõi của các đơn vị trong địa bàn (đang chờ duyệt, đang hiệu lực; hoặc tất cả) / Watch list of the units in your jurisdiction (pending and active; or all) */
    get: {
      parameters: {
        query?: {
          /** @description next, from the previous page */
          after?: string
          /** @description current: pending and in force; all: ended, refused and expired too */
          include?: 'current' | 'all'
          limit?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              entries: {
                addedAt: string
                caseReference: string
                decidedAt: string | null
                expiresAt: string
                id: string
                legalBasis: string
                person: {
                  /** @description a listed citizen's name in the registry */
                  fullName: string | null
                  nationality: string | null
                  passportNumber: string | null
                  personalNumber: string | null
                }
                reason: string
                refusalReason: string | null
                removalReason: string | null
                removedAt: string | null
                responsibleUnitCode: string
                responsibleUnitName: string | null
                /**
                 * @description pending approval, active (alerts), expired, ended or refused
                 * @enum {string}
                 */
                status: 'pending' | 'active' | 'expired' | 'ended' | 'refused'
              }[]
              next: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đưa người vào danh sách theo dõi (người ngoài địa bàn: chờ Công an tỉnh duyệt) / Put a person on the watch list (outside your units: awaits provincial approval) */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the case file the listing serves (số hồ sơ, vụ án) */
            caseReference: string & unknown
            /**
             * Format: date-time
             * @description when the listing lapses: after now and at most 90 days ahead (to the end of that day, Vietnam time)
             */
            expiresAt: string
            /** @description the provision the listing rests on, with its article number (e.g. "Điều 117 Bộ luật Tố tụng hình sự 2015") */
            legalBasis: string & unknown
            /** @description a citizen by personal number, or a foreigner by nationality and passport */
            person:
              | {
                  personalNumber: string & unknown
                }
              | {
                  /** @description ICAO 9303 code */
                  nationality: string & unknown
                  passportNumber: string & unknown
                }
            /** @description why the person is wanted or under supervision */
            reason: string
            /** @description the police unit that answers the alerts; inside your jurisdiction */
            responsibleUnitCode: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              addedAt: string
              caseReference: string
              decidedAt: string | null
              expiresAt: string
              id: string
              legalBasis: string
              person: {
                /** @description a listed citizen's name in the registry */
                fullName: string | null
                nationality: string | null
                passportNumber: string | null
                personalNumber: string | null
              }
              reason: string
              refusalReason: string | null
              removalReason: string | null
              removedAt: string | null
              responsibleUnitCode: string
              responsibleUnitName: string | null
              /**
               * @description pending approval, active (alerts), expired, ended or refused
               * @enum {string}
               */
              status: 'pending' | 'active' | 'expired' | 'ended' | 'refused'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/watch-list/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Kết thúc theo dõi hoặc rút yêu cầu (nêu lý do) / End a listing or withdraw a request (with a reason) */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description why the person leaves the list */
            reason: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              addedAt: string
              caseReference: string
              decidedAt: string | null
              expiresAt: string
              id: string
              legalBasis: string
              person: {
                /** @description a listed citizen's name in the registry */
                fullName: string | null
                nationality: string | null
                passportNumber: string | null
                personalNumber: string | null
              }
              reason: string
              refusalReason: string | null
              removalReason: string | null
              removedAt: string | null
              responsibleUnitCode: string
              responsibleUnitName: string | null
              /**
               * @description pending approval, active (alerts), expired, ended or refused
               * @enum {string}
               */
              status: 'pending' | 'active' | 'expired' | 'ended' | 'refused'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/watch-list/{id}/approval': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Phê duyệt yêu cầu theo dõi / Approve a listing request */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              addedAt: string
              caseReference: string
              decidedAt: string | null
              expiresAt: string
              id: string
              legalBasis: string
              person: {
                /** @description a listed citizen's name in the registry */
                fullName: string | null
                nationality: string | null
                passportNumber: string | null
                personalNumber: string | null
              }
              reason: string
              refusalReason: string | null
              removalReason: string | null
              removedAt: string | null
              responsibleUnitCode: string
              responsibleUnitName: string | null
              /**
               * @description pending approval, active (alerts), expired, ended or refused
               * @enum {string}
               */
              status: 'pending' | 'active' | 'expired' | 'ended' | 'refused'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/watch-list/{id}/refusal': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Từ chối yêu cầu theo dõi (nêu lý do) / Refuse a listing request (with a reason) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description why the request is refused, for the requesting unit */
            reason: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              addedAt: string
              caseReference: string
              decidedAt: string | null
              expiresAt: string
              id: string
              legalBasis: string
              person: {
                /** @description a listed citizen's name in the registry */
                fullName: string | null
                nationality: string | null
                passportNumber: string | null
                personalNumber: string | null
              }
              reason: string
              refusalReason: string | null
              removalReason: string | null
              removedAt: string | null
              responsibleUnitCode: string
              responsibleUnitName: string | null
              /**
               * @description pending approval, active (alerts), expired, ended or refused
               * @enum {string}
               */
              status: 'pending' | 'active' | 'expired' | 'ended' | 'refused'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/watch-list/{id}/renewal': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Gia hạn theo dõi (tối đa 90 ngày) / Renew a listing (up to 90 days) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description when the listing lapses: after now and at most 90 days ahead (to the end of that day, Vietnam time)
             */
            expiresAt: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              addedAt: string
              caseReference: string
              decidedAt: string | null
              expiresAt: string
              id: string
              legalBasis: string
              person: {
                /** @description a listed citizen's name in the registry */
                fullName: string | null
                nationality: string | null
                passportNumber: string | null
                personalNumber: string | null
              }
              reason: string
              refusalReason: string | null
              removalReason: string | null
              removedAt: string | null
              responsibleUnitCode: string
              responsibleUnitName: string | null
              /**
               * @description pending approval, active (alerts), expired, ended or refused
               * @enum {string}
               */
              status: 'pending' | 'active' | 'expired' | 'ended' | 'refused'
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/police/watch-list/review': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Rà soát danh sách theo dõi (Công an tỉnh): yêu cầu chờ duyệt trước, rồi mục sắp hết hạn / Review of listings (provincial police): pending requests first, then soonest to expire */
    get: {
      parameters: {
        query?: {
          limit?: number
          offset?: number
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              entries: {
                addedAt: string
                caseReference: string
                decidedAt: string | null
                expiresAt: string
                id: string
                legalBasis: string
                person: {
                  /** @description a listed citizen's name in the registry */
                  fullName: string | null
                  nationality: string | null
                  passportNumber: string | null
                  personalNumber: string | null
                }
                reason: string
                refusalReason: string | null
                removalReason: string | null
                removedAt: string | null
                responsibleUnitCode: string
                responsibleUnitName: string | null
                /**
                 * @description pending approval, active (alerts), expired, ended or refused
                 * @enum {string}
                 */
                status: 'pending' | 'active' | 'expired' | 'ended' | 'refused'
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/trips/{id}/manifest': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh sách hành khách của chuyến / The trip’s passenger manifest */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description by seat, then by boarding */
              passengers: {
                birthDate: string
                boardedAt: string
                declarationId: string
                departedAt: string | null
                flags: string[]
                fullName: string
                guestKind: string
                late: boolean
                nationality: string
                passportNumber: string | null
                personalNumber: string | null
                seat: string | null
                sex: string | null
              }[]
              trip: {
                arrivalAt: string
                departureAt: string
                establishmentId: string
                id: string
                /** @description declared on this trip */
                passengers: number
                route: string
                seats: number
                vehiclePlate: string
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/stays/trips/{id}/passengers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Khai báo hành khách lên xe / Declare boarding passengers */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description required: 1-200 printable ASCII characters, e.g. a UUID */
          'idempotency-key'?: string
        }
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the passengers; `room` is the seat */
            guests: (
              | {
                  /** @description index in `guests` of the adult accompanying this child */
                  accompaniedBy?: number
                  /** @description the resident app QR */
                  identityQr: string
                  /** @description room or bed */
                  room?: string
                }
              | {
                  /** @description index in `guests` of the adult accompanying this child */
                  accompaniedBy?: number
                  /** @description the chip card QR text */
                  cardQr: string
                  /** @description room or bed */
                  room?: string
                }
              | {
                  /** @description index in `guests` of the adult accompanying this child */
                  accompaniedBy?: number
                  /**
                   * Format: date
                   * @description YYYY-MM-DD
                   */
                  birthDate: string
                  fullName: string
                  personalNumber: string & unknown
                  /** @description room or bed */
                  room?: string
                }
              | {
                  /** @description index in `guests` of the adult accompanying this child */
                  accompaniedBy?: number
                  /**
                   * Format: date
                   * @description YYYY-MM-DD
                   */
                  entryDate: string
                  /** @description the two MRZ lines */
                  passportMrz: string
                  /** @description room or bed */
                  room?: string
                  /**
                   * Format: date
                   * @description YYYY-MM-DD
                   */
                  visaExpiresOn?: string
                  visaNumber?: string
                }
            )[]
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** @description in the order of `guests` */
              declarations: {
                accompaniedBy: string | null
                arrivalAt: string
                birthDate: string
                deadlineAt: string
                declaredAt: string
                departedAt: string | null
                entryDate: string | null
                establishment: {
                  address: string
                  communeCode: string
                  id: string
                  name: string
                }
                expectedDepartureAt: string | null
                /** @description facts for the police, e.g. 'open_stay_elsewhere' */
                flags: string[]
                fullName: string
                groupId: string | null
                guestKind: 'citizen' | 'foreigner'
                id: string
                late: boolean
                method: string
                nationality: string
                passportExpiresOn: string | null
                passportNumber: string | null
                personalNumber: string | null
                revision: number
                room: string | null
                sex: string | null
                tripId: string | null
                visaExpiresOn: string | null
                visaNumber: string | null
              }[]
              groupId: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/checks': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các lượt kiểm tra của đơn vị / My partner’s checks */
    get: {
      parameters: {
        query?: {
          from?: string
          limit?: number
          method?: 'cardQr' | 'identityQr' | 'kioskBiometric'
          purpose?:
            'medicalCheckIn' | 'notarisation' | 'pawnTransaction' | 'examAttendance' | 'schoolCheck'
          result?: 'match' | 'mismatch' | 'notFound'
          to?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              checks: {
                /** Format: date-time */
                checkedAt: string
                eidLevel: number | null
                flag: ('notOnList' | 'secondCheckIn') | (never | null)
                /** Format: uuid */
                id: string
                method: 'cardQr' | 'identityQr' | 'kioskBiometric'
                personalNumber: string
                purpose:
                  | 'medicalCheckIn'
                  | 'notarisation'
                  | 'pawnTransaction'
                  | 'examAttendance'
                  | 'schoolCheck'
                result: 'match' | 'mismatch' | 'notFound'
                /** Format: uuid */
                sessionId: string | null
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Kiểm tra danh tính bằng mã QR / Check an identity by QR */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the scanned text: a chip card QR or an identity QR token */
            code: string
            purpose:
              | 'medicalCheckIn'
              | 'notarisation'
              | 'pawnTransaction'
              | 'examAttendance'
              | 'schoolCheck'
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              check: {
                /** Format: date-time */
                checkedAt: string
                eidLevel: number | null
                flag: ('notOnList' | 'secondCheckIn') | (never | null)
                /** Format: uuid */
                id: string
                method: 'cardQr' | 'identityQr' | 'kioskBiometric'
                personalNumber: string
                purpose:
                  | 'medicalCheckIn'
                  | 'notarisation'
                  | 'pawnTransaction'
                  | 'examAttendance'
                  | 'schoolCheck'
                result: 'match' | 'mismatch' | 'notFound'
                /** Format: uuid */
                sessionId: string | null
              }
              presented: {
                birthDate: string
                fullName: string
                personalNumber: string
              } | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/checks/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một lượt kiểm tra / One check */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              check: {
                /** Format: date-time */
                checkedAt: string
                eidLevel: number | null
                flag: ('notOnList' | 'secondCheckIn') | (never | null)
                /** Format: uuid */
                id: string
                method: 'cardQr' | 'identityQr' | 'kioskBiometric'
                personalNumber: string
                purpose:
                  | 'medicalCheckIn'
                  | 'notarisation'
                  | 'pawnTransaction'
                  | 'examAttendance'
                  | 'schoolCheck'
                result: 'match' | 'mismatch' | 'notFound'
                /** Format: uuid */
                sessionId: string | null
              }
              presented: {
                birthDate: string
                fullName: string
                personalNumber: string
              } | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/devices': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các ki-ốt của đơn vị / My partner’s kiosk devices */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              devices: {
                /** Format: date-time */
                createdAt: string
                /** Format: uuid */
                id: string
                name: string
                /** Format: date-time */
                revokedAt: string | null
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký khoá của ki-ốt / Register a kiosk device key */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            name: string & unknown
            publicJwk: {
              crv: string
              kty: string
              x: string
              y: string
            } & {
              [key: string]: unknown
            }
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string
              /** Format: uuid */
              id: string
              name: string
              /** Format: date-time */
              revokedAt: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/devices/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Thu hồi khoá của ki-ốt / Revoke a kiosk device key */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/kiosk/check-ins': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Ki-ốt tự phục vụ: xác nhận sinh trắc học đã ký / Kiosk self check-in by signed biometric attestation
     * @description The signature by a registered device key is the credential: no session. A JWS ES256 with kid = device id; payload { sub, match, iat, nonce }.
     */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description compact JWS, ES256, kid = the device id (see the ADR 0017) */
            attestation: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              check: {
                /** Format: date-time */
                checkedAt: string
                eidLevel: number | null
                flag: ('notOnList' | 'secondCheckIn') | (never | null)
                /** Format: uuid */
                id: string
                method: 'cardQr' | 'identityQr' | 'kioskBiometric'
                personalNumber: string
                purpose:
                  | 'medicalCheckIn'
                  | 'notarisation'
                  | 'pawnTransaction'
                  | 'examAttendance'
                  | 'schoolCheck'
                result: 'match' | 'mismatch' | 'notFound'
                /** Format: uuid */
                sessionId: string | null
              }
              presented: {
                birthDate: string
                fullName: string
                personalNumber: string
              } | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/partner': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đơn vị của tôi / The partner I work for */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              partner: {
                communeCode: string
                /** Format: date-time */
                createdAt: string
                /** Format: uuid */
                id: string
                kind: 'hospital' | 'notary' | 'pawnshop' | 'examBoard' | 'school'
                name: string
              }
              purposes: (
                | 'medicalCheckIn'
                | 'notarisation'
                | 'pawnTransaction'
                | 'examAttendance'
                | 'schoolCheck'
              )[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/partners': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đơn vị đối tác trong địa bàn / Partners in my units */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              partners: {
                communeCode: string
                /** Format: date-time */
                createdAt: string
                /** Format: uuid */
                id: string
                kind: 'hospital' | 'notary' | 'pawnshop' | 'examBoard' | 'school'
                name: string
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký đơn vị đối tác / Register a partner */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            communeCode: string & unknown
            kind: 'hospital' | 'notary' | 'pawnshop' | 'examBoard' | 'school'
            name: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              /** Format: date-time */
              createdAt: string
              /** Format: uuid */
              id: string
              kind: 'hospital' | 'notary' | 'pawnshop' | 'examBoard' | 'school'
              name: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/partners/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Một đơn vị đối tác / One partner */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              /** Format: date-time */
              createdAt: string
              /** Format: uuid */
              id: string
              kind: 'hospital' | 'notary' | 'pawnshop' | 'examBoard' | 'school'
              name: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/partners/{id}/devices': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các ki-ốt của đơn vị đối tác / A partner’s kiosk devices */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              devices: {
                /** Format: date-time */
                createdAt: string
                /** Format: uuid */
                id: string
                name: string
                /** Format: date-time */
                revokedAt: string | null
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Đăng ký khoá ki-ốt cho đơn vị đối tác / Register a partner’s kiosk device key */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            name: string & unknown
            publicJwk: {
              crv: string
              kty: string
              x: string
              y: string
            } & {
              [key: string]: unknown
            }
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string
              /** Format: uuid */
              id: string
              name: string
              /** Format: date-time */
              revokedAt: string | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/partners/{id}/devices/{deviceId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Thu hồi khoá ki-ốt của đơn vị đối tác / Revoke a partner’s kiosk device key */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          deviceId: string
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/partners/{id}/staff': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Nhân viên của đơn vị đối tác / A partner’s staff */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              staff: {
                /** Format: date-time */
                grantedAt: string
                grantId: number
                /** Format: uuid */
                partnerId: string
                personalNumber: string
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Giao nhân viên cho đơn vị đối tác / Name a partner’s staff member */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            personalNumber: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              grantedAt: string
              grantId: number
              /** Format: uuid */
              partnerId: string
              personalNumber: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/partners/{id}/staff/{grantId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Gỡ nhân viên khỏi đơn vị đối tác / Remove a partner’s staff member */
    delete: {
      parameters: {
        query?: never
        header?: never
        path: {
          grantId: number
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/sessions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các kỳ thi của đơn vị / My partner’s exam sessions */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              sessions: {
                /** Format: date-time */
                createdAt: string
                /** Format: uuid */
                id: string
                /** Format: date-time */
                startsAt: string
                title: string
              }[]
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Tạo kỳ thi / Create an exam session */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            startsAt: string
            title: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string
              /** Format: uuid */
              id: string
              /** Format: date-time */
              startsAt: string
              title: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/sessions/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Kỳ thi và báo cáo điểm danh / A session and its attendance report */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              candidates: {
                attendance: 'present' | 'mismatch' | 'absent'
                birthDate: string
                /** Format: date-time */
                checkedAt: string | null
                fullName: string
                line: number
                personalNumber: string
                seat: string | null
              }[]
              flagged: {
                /** Format: date-time */
                checkedAt: string
                eidLevel: number | null
                flag: ('notOnList' | 'secondCheckIn') | (never | null)
                /** Format: uuid */
                id: string
                method: 'cardQr' | 'identityQr' | 'kioskBiometric'
                personalNumber: string
                purpose:
                  | 'medicalCheckIn'
                  | 'notarisation'
                  | 'pawnTransaction'
                  | 'examAttendance'
                  | 'schoolCheck'
                result: 'match' | 'mismatch' | 'notFound'
                /** Format: uuid */
                sessionId: string | null
              }[]
              partner: {
                communeCode: string
                /** Format: date-time */
                createdAt: string
                /** Format: uuid */
                id: string
                kind: 'hospital' | 'notary' | 'pawnshop' | 'examBoard' | 'school'
                name: string
              }
              session: {
                /** Format: date-time */
                createdAt: string
                /** Format: uuid */
                id: string
                /** Format: date-time */
                startsAt: string
                title: string
              }
              totals: {
                absent: number
                flagged: number
                listed: number
                present: number
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/sessions/{id}/candidates': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Nhập danh sách thí sinh (CSV, XLSX) / Import the candidate list (CSV, XLSX) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              imported: number
              rejected: {
                line: number
                message: string
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verification/sessions/{id}/checks': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Kiểm tra thí sinh tại cửa phòng thi / Check a candidate at the door */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description the scanned text: a chip card QR or an identity QR token */
            code: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              candidate: {
                birthDate: string
                fullName: string
                line: number
                personalNumber: string
                seat: string | null
              } | null
              check: {
                /** Format: date-time */
                checkedAt: string
                eidLevel: number | null
                flag: ('notOnList' | 'secondCheckIn') | (never | null)
                /** Format: uuid */
                id: string
                method: 'cardQr' | 'identityQr' | 'kioskBiometric'
                personalNumber: string
                purpose:
                  | 'medicalCheckIn'
                  | 'notarisation'
                  | 'pawnTransaction'
                  | 'examAttendance'
                  | 'schoolCheck'
                result: 'match' | 'mismatch' | 'notFound'
                /** Format: uuid */
                sessionId: string | null
              }
              presented: {
                birthDate: string
                fullName: string
                personalNumber: string
              } | null
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verify/{code}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Kiểm tra bản sao chứng thực theo mã / Verify a certified copy by its code */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              agency: string
              certificationNumber: string
              /** Format: date-time */
              certifiedAt: string
              code: string
              communeCode: string
              holder: string
              officerName: string
              officerTitle: string
              pageCount: number
              revocationReason: string | null
              /** Format: date-time */
              revokedAt: string | null
              sha256: string
              signer: string
              status: 'certified' | 'revoked'
              valid: boolean
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/verify/{code}/check': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đối chiếu tệp PDF được xuất trình với bản đã chứng thực / Check a presented PDF against the record */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          code: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              matches: boolean
              sha256: string
              verification: {
                agency: string
                certificationNumber: string
                /** Format: date-time */
                certifiedAt: string
                code: string
                communeCode: string
                holder: string
                officerName: string
                officerTitle: string
                pageCount: number
                revocationReason: string | null
                /** Format: date-time */
                revokedAt: string | null
                sha256: string
                signer: string
                status: 'certified' | 'revoked'
                valid: boolean
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/welfare/beneficiaries': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Danh sách đối tượng của chương trình tại xã / A programme’s list in a commune */
    get: {
      parameters: {
        query: {
          communeCode: string & unknown
          programmeCode: string & unknown
          status?: 'proposed' | 'active' | 'stopped' | 'ended'
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: {
                communeCode: string
                /** Format: date-time */
                createdAt: string
                fromPeriod: string
                fullName: string
                id: string
                personalNumber: string
                programmeCode: string
                status: 'proposed' | 'active' | 'stopped' | 'ended'
                untilPeriod: string | null
                /** Format: date-time */
                updatedAt: string
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Thêm đối tượng theo số định danh / Add a beneficiary by personal number */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            communeCode: string & unknown
            personalNumber: string & unknown
            programmeCode: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              /** Format: date-time */
              createdAt: string
              fromPeriod: string
              fullName: string
              history: {
                actorAccountId: string | null
                /** Format: date-time */
                at: string
                change: string
                communeCode: string
                note: string | null
                status: 'proposed' | 'active' | 'stopped' | 'ended'
              }[]
              id: string
              personalNumber: string
              programmeCode: string
              status: 'proposed' | 'active' | 'stopped' | 'ended'
              untilPeriod: string | null
              /** Format: date-time */
              updatedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/welfare/beneficiaries/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đối tượng và lịch sử / A beneficiary and their history */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              /** Format: date-time */
              createdAt: string
              fromPeriod: string
              fullName: string
              history: {
                actorAccountId: string | null
                /** Format: date-time */
                at: string
                change: string
                communeCode: string
                note: string | null
                status: 'proposed' | 'active' | 'stopped' | 'ended'
              }[]
              id: string
              personalNumber: string
              programmeCode: string
              status: 'proposed' | 'active' | 'stopped' | 'ended'
              untilPeriod: string | null
              /** Format: date-time */
              updatedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/welfare/beneficiaries/{id}/decision': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Duyệt, từ chối hoặc dừng hưởng / Approve, refuse or stop */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            action: 'approve' | 'refuse' | 'stop'
            note: string
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              communeCode: string
              /** Format: date-time */
              createdAt: string
              fromPeriod: string
              fullName: string
              history: {
                actorAccountId: string | null
                /** Format: date-time */
                at: string
                change: string
                communeCode: string
                note: string | null
                status: 'proposed' | 'active' | 'stopped' | 'ended'
              }[]
              id: string
              personalNumber: string
              programmeCode: string
              status: 'proposed' | 'active' | 'stopped' | 'ended'
              untilPeriod: string | null
              /** Format: date-time */
              updatedAt: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/welfare/periods': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các kỳ chi trả / Payment periods */
    get: {
      parameters: {
        query: {
          communeCode: string & unknown
          programmeCode: string & unknown
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                builtAt: string
                communeCode: string
                id: string
                period: string
                programmeCode: string
                /** Format: date-time */
                reconciledAt: string | null
                status: 'built' | 'reconciled'
                totals: {
                  amount: number
                  bank: {
                    amount: number
                    lines: number
                  }
                  cash: {
                    amount: number
                    lines: number
                  }
                  failed: number
                  lines: number
                  paid: number
                }
              }[]
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Lập danh sách chi trả của tháng / Build a month’s payment list */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            communeCode: string & unknown
            period: string & unknown
            programmeCode: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              builtAt: string
              communeCode: string
              id: string
              lines: {
                amount: number
                channel: 'bank' | 'cash'
                fullName: string
                lineNo: number
                note: string | null
                personalNumber: string
                provider: string | null
                /** Format: date-time */
                settledAt: string | null
                status: 'pending' | 'paid' | 'failed'
              }[]
              period: string
              programmeCode: string
              /** Format: date-time */
              reconciledAt: string | null
              status: 'built' | 'reconciled'
              totals: {
                amount: number
                bank: {
                  amount: number
                  lines: number
                }
                cash: {
                  amount: number
                  lines: number
                }
                failed: number
                lines: number
                paid: number
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/welfare/periods/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Kỳ chi trả và các dòng / A payment period and its lines */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              builtAt: string
              communeCode: string
              id: string
              lines: {
                amount: number
                channel: 'bank' | 'cash'
                fullName: string
                lineNo: number
                note: string | null
                personalNumber: string
                provider: string | null
                /** Format: date-time */
                settledAt: string | null
                status: 'pending' | 'paid' | 'failed'
              }[]
              period: string
              programmeCode: string
              /** Format: date-time */
              reconciledAt: string | null
              status: 'built' | 'reconciled'
              totals: {
                amount: number
                bank: {
                  amount: number
                  lines: number
                }
                cash: {
                  amount: number
                  lines: number
                }
                failed: number
                lines: number
                paid: number
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/welfare/periods/{id}/bank-file.{format}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Tệp chi trả gửi ngân hàng (CSV, XLSX) / The bank’s payment file */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          format: 'csv' | 'xlsx'
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the payment order */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': string
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/welfare/periods/{id}/reconciliation': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đối soát từ tệp kết quả của ngân hàng / Reconcile from the bank’s result file */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          id: string
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              /** Format: date-time */
              builtAt: string
              communeCode: string
              id: string
              lines: {
                amount: number
                channel: 'bank' | 'cash'
                fullName: string
                lineNo: number
                note: string | null
                personalNumber: string
                provider: string | null
                /** Format: date-time */
                settledAt: string | null
                status: 'pending' | 'paid' | 'failed'
              }[]
              period: string
              programmeCode: string
              /** Format: date-time */
              reconciledAt: string | null
              status: 'built' | 'reconciled'
              totals: {
                amount: number
                bank: {
                  amount: number
                  lines: number
                }
                cash: {
                  amount: number
                  lines: number
                }
                failed: number
                lines: number
                paid: number
              }
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/welfare/programmes': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Các chương trình trợ giúp xã hội / Social programmes */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              items: {
                amount: number | null
                basis: string
                code: string
                kind: 'monthly' | 'oneOff' | 'list' | 'loan'
                name: {
                  en: string
                  vi: string
                }
                rule: {
                  alive: boolean
                  listedIn?: string[]
                  maxAge?: number
                  minAge?: number
                  residence: 'commune' | 'province'
                }
                source: string
              }[]
              standard: {
                amount: number
                source: string
              }
            }
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/auth/callback': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Trở về từ SSO / Return from the SSO */
    get: {
      parameters: {
        query?: {
          code?: string
          error?: string
          error_description?: string
          iss?: string
          state?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        303: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/auth/login': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Đăng nhập qua SSO / Sign in through the SSO */
    get: {
      parameters: {
        query?: {
          returnTo?: string
        }
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        303: {
          headers: {
            [name: string]: unknown
          }
          content?: never
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/auth/logout': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đăng xuất / Sign out */
    post: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              redirectTo: string
            }
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/healthz': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The process is alive */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              checks?: {
                database?: string
                migrations?: string
              }
              /** @enum {string} */
              status: 'ok' | 'unavailable'
            }
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              checks?: {
                database?: string
                migrations?: string
              }
              /** @enum {string} */
              status: 'ok' | 'unavailable'
            }
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/readyz': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The database is reachable and migrated */
    get: {
      parameters: {
        query?: never
        header?: never
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              checks?: {
                database?: string
                migrations?: string
              }
              /** @enum {string} */
              status: 'ok' | 'unavailable'
            }
          }
        }
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              checks?: {
                database?: string
                migrations?: string
              }
              /** @enum {string} */
              status: 'ok' | 'unavailable'
            }
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/sso/interaction/{uid}/consent': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đồng ý chia sẻ thông tin / Consent to share */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          uid: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            approve: boolean
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              redirectTo: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/sso/interaction/{uid}/details': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Bước đăng nhập đang chờ / The pending sign-in step */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          uid: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              acrRequested: string | null
              claims: string[]
              client: {
                clientId: string
                name: string
              }
              prompt: 'login' | 'consent'
              scopes: string[]
              uid: string
            }
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/sso/interaction/{uid}/login': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Đăng nhập bằng mật khẩu / Sign in with a password */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          uid: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            password: string
            /** @description 12-digit personal identification number */
            personalNumber: string & unknown
            /** @description the code sent by SMS, needed only while the account is locked */
            phoneCode?: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json':
              | {
                  redirectTo: string
                }
              | {
                  /** @enum {string} */
                  next: 'second-factor'
                }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/sso/interaction/{uid}/second-factor': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Mã xác thực thứ hai / Second-factor code */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          uid: string & unknown
        }
        cookie?: never
      }
      requestBody: {
        content: {
          'application/json': {
            /** @description TOTP or recovery code */
            code: string & unknown
          }
        }
      }
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': {
              redirectTo: string
            }
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/x/{provider}/{service}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Gọi dịch vụ dữ liệu qua trục liên thông (tiêu đề X-Purpose) / Call a data service through the gateway (X-Purpose header) */
    get: {
      parameters: {
        query?: never
        header?: never
        path: {
          provider: string & unknown
          service: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the provider's answer, as it gave it */
        '2XX': {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': unknown
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        502: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        504: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    put?: never
    /** Gọi dịch vụ dữ liệu qua trục liên thông (tiêu đề X-Purpose) / Call a data service through the gateway (X-Purpose header) */
    post: {
      parameters: {
        query?: never
        header?: never
        path: {
          provider: string & unknown
          service: string & unknown
        }
        cookie?: never
      }
      requestBody?: never
      responses: {
        /** @description the provider's answer, as it gave it */
        '2XX': {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': unknown
          }
        }
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        502: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
        /** @description Default Response */
        504: {
          headers: {
            [name: string]: unknown
          }
          content: {
            'application/json': components['schemas']['ErrorEnvelope']
          }
        }
      }
    }
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
}
export type webhooks = Record<string, never>
export interface components {
  schemas: {
    AdminUnit: {
      code: string
      level: 'province' | 'district' | 'commune'
      name: string
      shortName: string | null
      /** @description Tỉnh, Thành phố Trung ương, Quận, Huyện, Thị xã, Thành phố, Phường, Xã, Thị trấn, Đặc khu */
      type: string
      /** @description first day in force; null = before the earliest record held */
      validFrom: string | null
      /** @description first day no longer in force; null = in force */
      validTo: string | null
    }
    /**
     * @description stable machine-readable code, MODULE_SNAKE_CASE
     * @enum {string}
     */
    ErrorCode:
      | 'ANALYTICS_BOUNDARIES_MISSING'
      | 'ANALYTICS_CHART_UNKNOWN'
      | 'ANALYTICS_DATASET_UNKNOWN'
      | 'ANALYTICS_EXPORT_NEEDS_CHART'
      | 'ANALYTICS_NOT_READY'
      | 'ANALYTICS_PERIOD_INVALID'
      | 'ANALYTICS_UNIT_UNKNOWN'
      | 'AUDIT_CHAIN_HEAD_MISMATCH'
      | 'AUDIT_CURSOR_INVALID'
      | 'AUDIT_ENTRY_INVALID'
      | 'AUDIT_PURPOSE_UNKNOWN'
      | 'AUDIT_SUBJECT_INVALID'
      | 'AUTH_FORBIDDEN'
      | 'AUTH_OUTSIDE_JURISDICTION'
      | 'AUTH_REQUIRED'
      | 'BUSINESS_ALREADY_ENDED'
      | 'BUSINESS_COMMUNE_UNKNOWN'
      | 'BUSINESS_NOT_FOUND'
      | 'BUSINESS_OWNER_HAS_BUSINESS'
      | 'BUSINESS_OWNER_UNKNOWN'
      | 'BUSINESS_REGISTRATION_NUMBER_TAKEN'
      | 'CERTIFICATION_ALREADY_DECIDED'
      | 'CERTIFICATION_CODE_UNKNOWN'
      | 'CERTIFICATION_NOT_A_PDF'
      | 'CERTIFICATION_NOT_CERTIFIED'
      | 'CERTIFICATION_NOT_FOUND'
      | 'CERTIFICATION_ORIGINAL_HAS_NO_FILE'
      | 'CERTIFICATION_ORIGINAL_UNREADABLE'
      | 'CERTIFICATION_OUTSIDE_COMMUNE'
      | 'CERTIFICATION_REASON_REQUIRED'
      | 'CERTIFICATION_SIGNING_KEY_MISSING'
      | 'CERTIFICATION_VERIFY_THROTTLED'
      | 'CHECKPOINTS_ALREADY_BOARDED'
      | 'CHECKPOINTS_BATCH_DUPLICATE_ID'
      | 'CHECKPOINTS_BATCH_INVALID'
      | 'CHECKPOINTS_BATCH_SIGNATURE'
      | 'CHECKPOINTS_BATCH_UNREADABLE'
      | 'CHECKPOINTS_GATE_NOT_FOUND'
      | 'CHECKPOINTS_IDENTITY_MISMATCH'
      | 'CHECKPOINTS_KEY_INVALID'
      | 'CHECKPOINTS_NOT_INDUSTRIAL_PARK'
      | 'CHECKPOINTS_NOT_RAILWAY_STATION'
      | 'CHECKPOINTS_NOT_YOUR_SITE'
      | 'CHECKPOINTS_NOT_YOUR_TRIP'
      | 'CHECKPOINTS_NO_OPERATOR'
      | 'CHECKPOINTS_NO_TICKET'
      | 'CHECKPOINTS_OPERATOR_NOT_FOUND'
      | 'CHECKPOINTS_PERIOD_INVALID'
      | 'CHECKPOINTS_PERSONAL_NUMBER_INVALID'
      | 'CHECKPOINTS_SITE_NOT_FOUND'
      | 'CHECKPOINTS_TICKET_OTHER_TRIP'
      | 'CHECKPOINTS_TRAIN_TRIP_INVALID'
      | 'CHECKPOINTS_TRAIN_TRIP_NOT_FOUND'
      | 'CHECKPOINTS_TRIP_FULL'
      | 'CHECKPOINTS_UNIT_UNKNOWN'
      | 'CREDENTIAL_AUDIENCE'
      | 'CREDENTIAL_DISCLOSURE'
      | 'CREDENTIAL_DOCUMENT_NOT_VERIFIED'
      | 'CREDENTIAL_EXPIRED'
      | 'CREDENTIAL_HOLDER_KEY'
      | 'CREDENTIAL_KEY_BINDING'
      | 'CREDENTIAL_KEY_BINDING_MISSING'
      | 'CREDENTIAL_MALFORMED'
      | 'CREDENTIAL_NONCE'
      | 'CREDENTIAL_NOT_A_RESIDENT'
      | 'CREDENTIAL_NOT_FRESH'
      | 'CREDENTIAL_NOT_YET_VALID'
      | 'CREDENTIAL_SIGNATURE'
      | 'CREDENTIAL_TYPE'
      | 'CREDENTIAL_UNKNOWN_KEY'
      | 'CREDENTIAL_WRONG_ISSUER'
      | 'DATABASE_UNAVAILABLE'
      | 'DOCUMENT_FIELDS_INVALID'
      | 'DOCUMENT_FILE_TOO_LARGE'
      | 'DOCUMENT_FILE_TYPE_REFUSED'
      | 'DOCUMENT_IMAGE_TOO_LARGE'
      | 'DOCUMENT_IMAGE_UNREADABLE'
      | 'DOCUMENT_ISSUED_ON_INVALID'
      | 'DOCUMENT_ISSUER_WITHOUT_AGENCY'
      | 'DOCUMENT_ISSUE_BODY_INVALID'
      | 'DOCUMENT_KIND_NOT_ACCEPTED'
      | 'DOCUMENT_KIND_NOT_ENTITLED'
      | 'DOCUMENT_KIND_NOT_UPLOADABLE'
      | 'DOCUMENT_KIND_UNKNOWN'
      | 'DOCUMENT_NOT_FOUND'
      | 'DOCUMENT_NO_FILE'
      | 'DOCUMENT_OWNER_UNKNOWN'
      | 'DOCUMENT_PDF_ENCRYPTED'
      | 'DOCUMENT_PDF_UNREADABLE'
      | 'DOCUMENT_SHARE_EXPIRED'
      | 'DOCUMENT_SHARE_NOT_FOUND'
      | 'DOCUMENT_SHARE_REVOKED'
      | 'EXCHANGE_BUILTIN_BODY_INVALID'
      | 'EXCHANGE_BUILTIN_UNKNOWN'
      | 'EXCHANGE_CALLER_NOT_MEMBER'
      | 'EXCHANGE_GRANT_DECIDED'
      | 'EXCHANGE_GRANT_INVALID'
      | 'EXCHANGE_GRANT_NOT_FOUND'
      | 'EXCHANGE_MEMBER_EXISTS'
      | 'EXCHANGE_MEMBER_NOT_FOUND'
      | 'EXCHANGE_NOT_YOUR_MEMBER'
      | 'EXCHANGE_NO_GRANT'
      | 'EXCHANGE_PATH_INVALID'
      | 'EXCHANGE_PROVIDER_FAILED'
      | 'EXCHANGE_PROVIDER_TIMEOUT'
      | 'EXCHANGE_PURPOSE_MISSING'
      | 'EXCHANGE_PURPOSE_NOT_GRANTED'
      | 'EXCHANGE_RATE_LIMITED'
      | 'EXCHANGE_SERVICE_EXISTS'
      | 'EXCHANGE_SERVICE_INVALID'
      | 'EXCHANGE_SERVICE_NOT_FOUND'
      | 'EXCHANGE_SUBSCRIPTION_EVENT_UNKNOWN'
      | 'EXCHANGE_SUBSCRIPTION_MEMBER_REQUIRED'
      | 'EXCHANGE_SUBSCRIPTION_NOT_FOUND'
      | 'EXCHANGE_SUBSCRIPTION_NOT_GRANTED'
      | 'EXCHANGE_SUBSCRIPTION_NOT_YOUR_MEMBER'
      | 'EXCHANGE_SUBSCRIPTION_URL_INVALID'
      | 'FINES_ALREADY_PAID'
      | 'FINES_APPEAL_AFTER_DEADLINE'
      | 'FINES_APPEAL_DECIDED'
      | 'FINES_APPEAL_EXISTS'
      | 'FINES_APPEAL_NOT_FOUND'
      | 'FINES_APPEAL_PENDING'
      | 'FINES_ARTICLE_UNKNOWN'
      | 'FINES_ATTACHMENT_NOT_FOUND'
      | 'FINES_CAMERA_BATCH_REPEATS_ID'
      | 'FINES_CAMERA_EVENT_DUPLICATE'
      | 'FINES_COMMUNE_UNKNOWN'
      | 'FINES_CURSOR_INVALID'
      | 'FINES_EVIDENCE_NOT_FOUND'
      | 'FINES_FILE_NOT_BASE64'
      | 'FINES_FILE_TOO_LARGE'
      | 'FINES_FILE_TYPE_REFUSED'
      | 'FINES_FINE_OUT_OF_RANGE'
      | 'FINES_NOT_OWNER'
      | 'FINES_OCCURRED_IN_FUTURE'
      | 'FINES_PAYMENT_NOT_REQUESTED'
      | 'FINES_PERIOD_INVALID'
      | 'FINES_PLATE_INVALID'
      | 'FINES_TOO_MANY_FILES'
      | 'FINES_VEHICLE_CLASS_MISMATCH'
      | 'FINES_VIOLATION_CANCELLED'
      | 'FINES_VIOLATION_NOT_FOUND'
      | 'IDENTITY_ACCOUNT_LOCKED'
      | 'IDENTITY_ACCOUNT_NOT_FOUND'
      | 'IDENTITY_ALREADY_LEVEL_2'
      | 'IDENTITY_ALREADY_REGISTERED'
      | 'IDENTITY_CHECK_QUESTION_INVALID'
      | 'IDENTITY_CODE_EXPIRED'
      | 'IDENTITY_CODE_INVALID'
      | 'IDENTITY_GRANTEE_WITHOUT_ACCOUNT'
      | 'IDENTITY_GRANT_ALREADY_REVOKED'
      | 'IDENTITY_GRANT_BINDING_INVALID'
      | 'IDENTITY_GRANT_EXISTS'
      | 'IDENTITY_GRANT_NOT_FOUND'
      | 'IDENTITY_GRANT_TO_SELF'
      | 'IDENTITY_GRANT_UNIT_UNKNOWN'
      | 'IDENTITY_KIOSK_CHALLENGE_CLOSED'
      | 'IDENTITY_KIOSK_CHALLENGE_NOT_FOUND'
      | 'IDENTITY_KIOSK_NO_ACCOUNT'
      | 'IDENTITY_KIOSK_NO_PHONE'
      | 'IDENTITY_LINK_DATE_INVALID'
      | 'IDENTITY_PARTNER_WITHOUT_AGENCY'
      | 'IDENTITY_PASSWORD_WEAK'
      | 'IDENTITY_REGISTRY_MISMATCH'
      | 'IDENTITY_RESIDENT_NOT_ELIGIBLE'
      | 'IDENTITY_REVOKE_REASON_REQUIRED'
      | 'IDENTITY_SECOND_FACTOR_INVALID'
      | 'IDENTITY_SECOND_FACTOR_REQUIRED'
      | 'IDENTITY_SESSION_NOT_FOUND'
      | 'IDENTITY_SIGN_IN_FAILED'
      | 'IDENTITY_SMS_UNAVAILABLE'
      | 'IDENTITY_TOKEN_ALGORITHM'
      | 'IDENTITY_TOKEN_CLAIMS'
      | 'IDENTITY_TOKEN_EXPIRED'
      | 'IDENTITY_TOKEN_MALFORMED'
      | 'IDENTITY_TOKEN_NOT_YET_VALID'
      | 'IDENTITY_TOKEN_REPLAYED'
      | 'IDENTITY_TOKEN_SIGNATURE'
      | 'IDENTITY_TOKEN_TYPE'
      | 'IDENTITY_TOKEN_WRONG_ISSUER'
      | 'IDENTITY_TOO_MANY_ATTEMPTS'
      | 'IDENTITY_TOTP_NOT_STARTED'
      | 'INTERNAL_ERROR'
      | 'LINKAGE_ALREADY_IMPORTED'
      | 'LINKAGE_DATASET_DUPLICATE'
      | 'LINKAGE_DATASET_NOT_FOUND'
      | 'LINKAGE_DATE_FORMATS_MIXED'
      | 'LINKAGE_DATE_INVALID'
      | 'LINKAGE_FILE_BINARY'
      | 'LINKAGE_FILE_EMPTY'
      | 'LINKAGE_FILE_TOO_LARGE'
      | 'LINKAGE_FILE_UNREADABLE'
      | 'LINKAGE_IMPORT_RUNNING'
      | 'LINKAGE_MAPPING_INVALID'
      | 'LINKAGE_NO_USABLE_COLUMNS'
      | 'LINKAGE_ROW_TOO_LARGE'
      | 'LINKAGE_UNIT_NOT_GRANTED'
      | 'PAYMENT_ALREADY_PAID'
      | 'PAYMENT_AMOUNT_INVALID'
      | 'PAYMENT_AMOUNT_MISMATCH'
      | 'PAYMENT_BANK_UNKNOWN'
      | 'PAYMENT_CALLBACK_INVALID'
      | 'PAYMENT_CALLBACK_STALE'
      | 'PAYMENT_DAY_INVALID'
      | 'PAYMENT_DESCRIPTION_INVALID'
      | 'PAYMENT_NOT_FOUND'
      | 'PAYMENT_PURPOSE_INVALID'
      | 'PAYMENT_REFERENCE_INVALID'
      | 'PAYMENT_REFERENCE_UNKNOWN'
      | 'PAYMENT_REQUEST_CONFLICT'
      | 'PAYMENT_SIGNATURE_INVALID'
      | 'PAYMENT_TRANSACTION_REUSED'
      | 'PLAN_AGENCY_NOT_FOUND'
      | 'PLAN_AGENCY_REQUIRED'
      | 'PLAN_ATTACHMENT_LIMIT'
      | 'PLAN_ATTACHMENT_NOT_FOUND'
      | 'PLAN_ATTACHMENT_TOO_LARGE'
      | 'PLAN_ATTACHMENT_TYPE'
      | 'PLAN_CONSOLIDATION_NOT_FOUND'
      | 'PLAN_CONSOLIDATION_RESTRICTED'
      | 'PLAN_MODEL_NOT_FOUND'
      | 'PLAN_MONTH_CLOSED'
      | 'PLAN_MONTH_NOT_OPEN'
      | 'PLAN_NOT_YOUR_AGENCY'
      | 'PLAN_OTHER_AGENCY_MODEL'
      | 'PLAN_REASON_REQUIRED'
      | 'PLAN_REPORT_EXISTS'
      | 'PLAN_REPORT_INCOMPLETE'
      | 'PLAN_REPORT_NOT_FOUND'
      | 'PLAN_REPORT_SUBMITTED'
      | 'PLAN_STATUS_UNCHANGED'
      | 'PLATFORM_METRICS_FORBIDDEN'
      | 'PLATFORM_SHUTTING_DOWN'
      | 'PLATFORM_WEB_APP_NOT_BUILT'
      | 'POPULATION_ALREADY_LOADED'
      | 'POPULATION_AS_OF_INVALID'
      | 'POPULATION_AS_OF_IN_FUTURE'
      | 'POPULATION_BIRTH_PROVINCE_UNKNOWN'
      | 'POPULATION_CHECK_QUESTION_INVALID'
      | 'POPULATION_COMMUNE_UNKNOWN'
      | 'POPULATION_DATE_INVALID'
      | 'POPULATION_DATE_IN_FUTURE'
      | 'POPULATION_DATE_OUT_OF_ORDER'
      | 'POPULATION_ETHNICITY_UNKNOWN'
      | 'POPULATION_HOUSEHOLD_NOT_FOUND'
      | 'POPULATION_PARENT_INVALID'
      | 'POPULATION_PERSONAL_NUMBERS_EXHAUSTED'
      | 'POPULATION_PERSONAL_NUMBER_INVALID'
      | 'POPULATION_RESIDENT_DECEASED'
      | 'POPULATION_RESIDENT_NOT_FOUND'
      | 'POPULATION_RESIDENT_NOT_PRESENT'
      | 'POPULATION_SCALE_OUT_OF_RANGE'
      | 'POPULATION_SEARCH_TOO_BROAD'
      | 'POPULATION_SUCCESSOR_UNKNOWN'
      | 'POPULATION_TEXT_INVALID'
      | 'POPULATION_UNIT_NOT_FOUND'
      | 'REQUEST_HEADERS_TOO_LARGE'
      | 'REQUEST_INVALID'
      | 'REQUEST_INVALID_URL'
      | 'REQUEST_MALFORMED'
      | 'REQUEST_REJECTED'
      | 'REQUEST_URL_TOO_LONG'
      | 'ROUTE_NOT_FOUND'
      | 'SERVICE_APPLICANT_NOT_REGISTERED'
      | 'SERVICE_ASSIGNEE_NOT_ELIGIBLE'
      | 'SERVICE_ATTACHMENT_NOT_FOUND'
      | 'SERVICE_ATTACHMENT_REQUIRED'
      | 'SERVICE_ATTACHMENT_TOO_LARGE'
      | 'SERVICE_ATTACHMENT_TYPE_REFUSED'
      | 'SERVICE_ATTACHMENT_UNKNOWN'
      | 'SERVICE_CALENDAR_DAY_INVALID'
      | 'SERVICE_CALENDAR_YEAR_NOT_COVERED'
      | 'SERVICE_COMMUNE_UNKNOWN'
      | 'SERVICE_DOSSIER_ALREADY_DECIDED'
      | 'SERVICE_DOSSIER_IS_LINKED_FILING'
      | 'SERVICE_DOSSIER_NOT_FOUND'
      | 'SERVICE_DOSSIER_OUTSIDE_UNITS'
      | 'SERVICE_DRAFT_TOO_LARGE'
      | 'SERVICE_EID_LEVEL_TOO_LOW'
      | 'SERVICE_FORM_INVALID'
      | 'SERVICE_IDEMPOTENCY_KEY_INVALID'
      | 'SERVICE_IDEMPOTENCY_KEY_REQUIRED'
      | 'SERVICE_IDEMPOTENCY_KEY_REUSED'
      | 'SERVICE_INFO_ALREADY_REQUESTED'
      | 'SERVICE_INFO_NOT_REQUESTED'
      | 'SERVICE_NO_FEE'
      | 'SERVICE_PART_AWAITS'
      | 'SERVICE_REFUSAL_REASON_REQUIRED'
      | 'SERVICE_RESULT_NOT_READY'
      | 'SERVICE_UNKNOWN'
      | 'SERVICE_VAULT_DOCUMENT_NOT_ASKED'
      | 'SSO_CLIENT_EXISTS'
      | 'SSO_CLIENT_INVALID'
      | 'SSO_CLIENT_NOT_FOUND'
      | 'SSO_CONSENT_NOT_FOUND'
      | 'SSO_INTERACTION_NOT_FOUND'
      | 'SSO_INTERACTION_STEP_INVALID'
      | 'STAY_ALERT_ALREADY_ACKNOWLEDGED'
      | 'STAY_ALERT_NOT_FOUND'
      | 'STAY_ALREADY_CHECKED_IN'
      | 'STAY_ALREADY_CHECKED_OUT'
      | 'STAY_ARRIVAL_IN_FUTURE'
      | 'STAY_CARD_MISMATCH'
      | 'STAY_CARD_QR_INVALID'
      | 'STAY_CHECKOUT_BEFORE_ARRIVAL'
      | 'STAY_COMMUNE_UNKNOWN'
      | 'STAY_COMPANION_INVALID'
      | 'STAY_CORRECTION_EMPTY'
      | 'STAY_CURSOR_INVALID'
      | 'STAY_DATE_INVALID'
      | 'STAY_DECLARATION_NOT_FOUND'
      | 'STAY_DEPARTURE_BEFORE_ARRIVAL'
      | 'STAY_DEPARTURE_IN_FUTURE'
      | 'STAY_ENTRY_AFTER_ARRIVAL'
      | 'STAY_ESTABLISHMENT_ALREADY_DECIDED'
      | 'STAY_ESTABLISHMENT_FULL'
      | 'STAY_ESTABLISHMENT_NOT_APPROVED'
      | 'STAY_ESTABLISHMENT_NOT_FOUND'
      | 'STAY_ESTABLISHMENT_TYPE_UNKNOWN'
      | 'STAY_GUEST_REPEATED'
      | 'STAY_IDEMPOTENCY_KEY_INVALID'
      | 'STAY_IDEMPOTENCY_KEY_REQUIRED'
      | 'STAY_IDEMPOTENCY_KEY_REUSED'
      | 'STAY_IDENTITY_MISMATCH'
      | 'STAY_MRZ_INVALID'
      | 'STAY_NAME_NOT_CORRECTABLE'
      | 'STAY_NOT_A_COACH_OPERATOR'
      | 'STAY_NOT_ESTABLISHMENT_OWNER'
      | 'STAY_NOT_ESTABLISHMENT_STAFF'
      | 'STAY_OWNER_LEVEL_2_REQUIRED'
      | 'STAY_PASSPORT_EXPIRED'
      | 'STAY_PERIOD_INVALID'
      | 'STAY_PERSONAL_NUMBER_INVALID'
      | 'STAY_PERSON_DECEASED'
      | 'STAY_PERSON_UNKNOWN'
      | 'STAY_PROVINCIAL_POLICE_ONLY'
      | 'STAY_QR_EXPIRED'
      | 'STAY_QR_INVALID'
      | 'STAY_QR_REPLAYED'
      | 'STAY_REFUSAL_REASON_REQUIRED'
      | 'STAY_ROOMING_LIST_COLUMNS'
      | 'STAY_ROOMING_LIST_EMPTY'
      | 'STAY_ROOMING_LIST_FORMAT'
      | 'STAY_ROOMING_LIST_TOO_LONG'
      | 'STAY_ROOMING_LIST_UNREADABLE'
      | 'STAY_ROW_BAD_DATE'
      | 'STAY_ROW_INCOMPLETE'
      | 'STAY_ROW_INVALID'
      | 'STAY_TRIP_ARRIVAL_BEFORE_DEPARTURE'
      | 'STAY_TRIP_ENDED'
      | 'STAY_TRIP_FULL'
      | 'STAY_TRIP_NOT_FOUND'
      | 'STAY_TRIP_PLATE_INVALID'
      | 'STAY_TRIP_SEAT_TAKEN'
      | 'STAY_UNIT_UNKNOWN'
      | 'STAY_WATCH_APPROVAL_REQUIRED'
      | 'STAY_WATCH_ENTRY_EXISTS'
      | 'STAY_WATCH_ENTRY_NOT_ACTIVE'
      | 'STAY_WATCH_ENTRY_NOT_FOUND'
      | 'STAY_WATCH_ENTRY_NOT_PENDING'
      | 'STAY_WATCH_ENTRY_REMOVED'
      | 'STAY_WATCH_EXPIRY_INVALID'
      | 'VERIFICATION_ATTESTATION_KEY_UNKNOWN'
      | 'VERIFICATION_ATTESTATION_MALFORMED'
      | 'VERIFICATION_ATTESTATION_REPLAYED'
      | 'VERIFICATION_ATTESTATION_SIGNATURE'
      | 'VERIFICATION_ATTESTATION_STALE'
      | 'VERIFICATION_CHECK_NOT_FOUND'
      | 'VERIFICATION_CODE_UNREADABLE'
      | 'VERIFICATION_DEVICE_KEY_INVALID'
      | 'VERIFICATION_DEVICE_NOT_FOUND'
      | 'VERIFICATION_KIOSK_NOT_HOSPITAL'
      | 'VERIFICATION_LIST_COLUMNS'
      | 'VERIFICATION_LIST_EMPTY'
      | 'VERIFICATION_LIST_FORMAT'
      | 'VERIFICATION_LIST_TOO_LONG'
      | 'VERIFICATION_LIST_UNREADABLE'
      | 'VERIFICATION_NOT_EXAM_PARTNER'
      | 'VERIFICATION_NO_PARTNER'
      | 'VERIFICATION_PARTNER_NOT_FOUND'
      | 'VERIFICATION_PURPOSE_NOT_FOR_KIND'
      | 'VERIFICATION_SESSION_NOT_FOUND'
      | 'VERIFICATION_STAFF_NOT_FOUND'
      | 'VERIFICATION_TOKEN_REFUSED'
      | 'VERIFICATION_TOKEN_REPLAYED'
      | 'VERIFICATION_UNIT_UNKNOWN'
      | 'WELFARE_ALREADY_LISTED'
      | 'WELFARE_BENEFICIARY_NOT_FOUND'
      | 'WELFARE_COMMUNE_UNKNOWN'
      | 'WELFARE_DECISION_NOT_ALLOWED'
      | 'WELFARE_NOT_ELIGIBLE'
      | 'WELFARE_PERIOD_EXISTS'
      | 'WELFARE_PERIOD_INVALID'
      | 'WELFARE_PERIOD_NOT_FOUND'
      | 'WELFARE_PERIOD_RECONCILED'
      | 'WELFARE_PROGRAMME_NOT_PAID'
      | 'WELFARE_PROGRAMME_UNKNOWN'
      | 'WELFARE_RESULT_FILE_MISMATCH'
      | 'WELFARE_RESULT_FILE_UNREADABLE'
    ErrorEnvelope: {
      error: {
        code: components['schemas']['ErrorCode']
        details: unknown
        /** @description human-readable explanation, Vietnamese first */
        message: string
        requestId: string
      }
    }
    Resident: {
      birthDate: string
      birthProvinceCode: string
      birthProvinceName: string | null
      cardExpiresOn: string | null
      cardIssuedOn: string | null
      communeCode: string
      communeName: string | null
      eidLevel: number
      fullName: string
      householdId: number
      oldIdNumber: string | null
      personalNumber: string
      relationToHead: string
      sex: 'M' | 'F'
      status: string
    }
  }
  responses: never
  parameters: never
  requestBodies: never
  headers: never
  pathItems: never
}
export type $defs = Record<string, never>
export type operations = Record<string, never>
