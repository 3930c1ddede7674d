export { IdentityModule, identityContext } from './identity.module';
