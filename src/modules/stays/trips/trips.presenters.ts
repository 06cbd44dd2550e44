import type { Passenger, TripWithCount } from './trips.queries.js'
import type { Manifest, TripView } from './trips.schemas.js'

export const presentTrip = (trip: TripWithCount): TripView => ({
  id: trip.id,
  establishmentId: trip.establishmentId,
  route: trip.route,
  vehiclePlate: trip.vehiclePlate,
  departureAt: trip.departureAt.toISOString(),
  arrivalAt: trip.arrivalAt.toISOString(),
  seats: trip.seats,
  passengers: trip.passengers,
})

const presentPassenger = (p: Passenger): Manifest['passengers'][number] => ({
  declarationId: p.declarationId,
  seat: p.seat,
  guestKind: p.guestKind,
  fullName: p.fullName,
  birthDate: p.birthDate,
  sex: p.sex,
  nationality: p.nationality,
  personalNumber: p.personalNumber,
  passportNumber: p.passportNumber,
  boardedAt: p.boardedAt.toISOString(),
  departedAt: p.departedAt?.toISOString() ?? null,
  late: p.late,
  flags: p.flags,
})

export const presentManifest = (manifest: {
  trip: TripWithCount
  passengers: Passenger[]
}): Manifest => ({
  trip: presentTrip(manifest.trip),
  passengers: manifest.passengers.map(presentPassenger),
})
