/** What other features use of identity. */
export { PhoneCodeSignIn } from './PhoneCodeSignIn'
