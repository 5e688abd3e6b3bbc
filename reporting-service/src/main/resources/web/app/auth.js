import Keycloak from 'keycloak-js';

// Sign-in at the realm's public client with the authorization code flow and PKCE; the token stays in memory.
let keycloak;
let settings;

export async function signIn(dashboardSettings) {
  settings = dashboardSettings;
  const [url, realm] = settings.issuer.split('/realms/');
  keycloak = new Keycloak({ url, realm, clientId: settings.clientId });
  await keycloak.init({
    onLoad: 'login-required', pkceMethod: 'S256', responseMode: 'query', checkLoginIframe: false,
  });
  return identity();
}

function claim(path) {
  return path.split('/').reduce((value, name) => (value == null ? undefined : value[name]), keycloak.tokenParsed);
}

function identity() {
  const roles = claim(settings.roleClaim) ?? [];
  return {
    user: keycloak.tokenParsed.preferred_username ?? keycloak.tokenParsed.sub,
    roles,
    partnerId: claim(settings.partnerClaim) ?? null,
    internal: roles.some((role) => role !== 'partner'),
  };
}

/** A fresh access token: refreshed when it has less than 30 s to live, a new sign-in when the session is over. */
export async function accessToken() {
  try {
    await keycloak.updateToken(30);
  } catch {
    await keycloak.login();
  }
  return keycloak.token;
}

export function signOut() {
  keycloak.logout({ redirectUri: location.href.split('#')[0].split('?')[0] });
}
