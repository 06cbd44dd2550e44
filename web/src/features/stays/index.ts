/** What other features use of stays. */
export { vietnamToday } from './time'
export { EstablishmentConsole } from './EstablishmentConsole'
