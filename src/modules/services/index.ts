export { loadCatalogue, catalogue, type CatalogueService } from './catalogue/catalogue.js'
export { formErrors, type FieldError } from './catalogue/form-validator.js'
export type { ServiceDefinition } from './catalogue/catalogue.schema.js'
export { servicesModule } from './services.module.js'
