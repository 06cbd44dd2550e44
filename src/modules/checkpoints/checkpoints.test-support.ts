// The site scene lives in the test kit, so that the browser tests can open one too.
export { CHECKPOINTS_API as API, openSite, type OpenSite } from '../../../test/kit/index.js'
