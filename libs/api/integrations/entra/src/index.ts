export { DEMO_PASSWORD, DEMO_TENANT_ID, DEMO_USERS, type DemoUser } from './demo-users.js';
export {
  ACCESS_TOKEN_TTL_SECONDS,
  API_SCOPE,
  createLocalIdentityProvider,
  type LocalIdentityProviderClient,
  type LocalIdentityProviderOptions,
} from './local-identity-provider.js';
export { mintAccessToken, type MintAccessTokenOptions } from './mint-access-token.js';
export { mountLocalIdentityProvider } from './mount-local-identity-provider.js';
