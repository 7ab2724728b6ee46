// Who is signed in. The embedded default mints demo tokens (POST /dev/token); production signs
// in at the identity provider with the authorization code flow and PKCE (RFC 7636), as a
// public client: no secret lives in the browser. Tokens stay in this tab (sessionStorage).

const KEY = 'danvan.session';
const PENDING = 'danvan.pkce';

let config = { signIn: 'dev' };

export async function loadConfig() {
  const response = await fetch('/console/config.json');
  config = await response.json();
  return config;
}

export function signInMode() {
  return config.signIn;
}

/** The tokens of this tab, or null when nobody is signed in here. */
export function session() {
  return JSON.parse(sessionStorage.getItem(KEY) || 'null');
}

function keep(tokens, previous = {}) {
  sessionStorage.setItem(KEY, JSON.stringify({
    accessToken: tokens.access_token,
    idToken: tokens.id_token || previous.idToken,
    refreshToken: tokens.refresh_token || previous.refreshToken,
    expiresAt: Date.now() + (Number(tokens.expires_in) || 300) * 1000 - 15000,
  }));
}

let refreshing = null;

/**
 * A valid access token: the one kept, or under single sign-on a new one for the refresh token
 * (access tokens live minutes, a working day is longer); null, and the session forgotten, when
 * there is none.
 */
export async function accessToken() {
  const current = session();
  if (!current) return null;
  if (Date.now() < current.expiresAt) return current.accessToken;
  if (config.signIn === 'oidc' && current.refreshToken) {
    refreshing ??= fetch(config.tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: config.clientId, refresh_token: current.refreshToken }),
    }).then(async (response) => {
      if (!response.ok) return null;
      keep(await response.json(), current);
      return session().accessToken;
    }).catch(() => null).finally(() => { refreshing = null; });
    const token = await refreshing;
    if (token) return token;
  }
  forget();
  return null;
}

export async function devUsers() {
  const response = await fetch('/dev/users');
  return (await response.json()).users;
}

/** Signs in as a demo user of the embedded default. */
export async function devSignIn(username) {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error_description || body.error || response.status);
  keep(body);
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(size) {
  return base64Url(crypto.getRandomValues(new Uint8Array(size)));
}

function redirectUri() {
  return `${location.origin}/`;
}

/** Goes to the identity provider; it comes back to / with ?code=…&state=…. */
export async function oidcSignIn() {
  const verifier = randomText(48);
  const state = randomText(16);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, hash: location.hash }));
  const query = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri(),
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  location.assign(`${config.authorizationEndpoint}?${query}`);
}

/** On the way back from the identity provider: trades the code for tokens. */
export async function completeOidcSignIn() {
  const parameters = new URLSearchParams(location.search);
  if (!parameters.has('code') && !parameters.has('error')) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `/${pending?.hash || ''}`);
  if (parameters.has('error')) throw new Error(parameters.get('error_description') || parameters.get('error'));
  if (!pending || pending.state !== parameters.get('state')) throw new Error('state');
  const response = await fetch(config.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code: parameters.get('code'),
      redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error_description || body.error);
  keep(body);
  return true;
}

/** Forgets the tokens of this tab (an expired or refused token). */
export function forget() {
  sessionStorage.removeItem(KEY);
}

/** Signs out; true when the identity provider takes over the page to end its session too. */
export function signOut() {
  const current = session();
  forget();
  if (config.signIn !== 'oidc' || !current?.idToken) return false;
  const query = new URLSearchParams({ id_token_hint: current.idToken, post_logout_redirect_uri: redirectUri() });
  location.assign(`${config.logoutEndpoint}?${query}`);
  return true;
}
