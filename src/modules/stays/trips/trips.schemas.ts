import { Type, type Static } from '@sinclair/typebox'
import { DeclareBody } from '../declarations/declarations.schemas.js'

const Strict = { additionalProperties: false } as const
const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 with offset' })
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD, a Vietnam calendar day' })
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()])

export const NewTripBody = Type.Object(
  {
    route: Type.String({
      minLength: 3,
      maxLength: 300,
      description: 'e.g. "Biên Hòa - Đà Lạt (QL20)"',
    }),
    vehiclePlate: Type.String({
      minLength: 5,
      maxLength: 16,
      description: 'Vietnamese plate, e.g. 60B-123.45 or 51F-12345',
    }),
    departureAt: Instant,
    arrivalAt: { ...Instant, description: 'expected arrival, after the departure' },
    seats: Type.Integer({ minimum: 1, maximum: 100, description: 'passenger seats' }),
  },
  Strict,
)
export type NewTrip = Static<typeof NewTripBody>

export const TripParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

export const TripListQuery = Type.Object(
  {
    from: Type.Optional({ ...Day, description: 'departing on or after this day' }),
    to: Type.Optional({ ...Day, description: 'departing on or before this day' }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  Strict,
)
export type TripListQuery = Static<typeof TripListQuery>

/** Passengers boarding together: each scanned (identity QR, card QR, typed, passport MRZ). */
export const BoardingBody = Type.Object(
  {
    guests: {
      ...DeclareBody.properties.guests,
      description: 'the passengers; `room` is the seat',
    },
  },
  Strict,
)
export type BoardingBody = Static<typeof BoardingBody>

export const TripSchema = Type.Object({
  id: Type.String(),
  establishmentId: Type.String(),
  route: Type.String(),
  vehiclePlate: Type.String(),
  departureAt: Type.String(),
  arrivalAt: Type.String(),
  seats: Type.Integer(),
  passengers: Type.Integer({ description: 'declared on this trip' }),
})
export type TripView = Static<typeof TripSchema>

export const TripListSchema = Type.Object({ trips: Type.Array(TripSchema) })

export const ManifestSchema = Type.Object({
  trip: TripSchema,
  passengers: Type.Array(
    Type.Object({
      declarationId: Type.String(),
      seat: Nullable(Type.String()),
      guestKind: Type.String(),
      fullName: Type.String(),
      birthDate: Type.String(),
      sex: Nullable(Type.String()),
      nationality: Type.String(),
      personalNumber: Nullable(Type.String()),
      passportNumber: Nullable(Type.String()),
      boardedAt: Type.String(),
      departedAt: Nullable(Type.String()),
      late: Type.Boolean(),
      flags: Type.Array(Type.String()),
    }),
    { description: 'by seat, then by boarding' },
  ),
})
export type Manifest = Static<typeof ManifestSchema>
