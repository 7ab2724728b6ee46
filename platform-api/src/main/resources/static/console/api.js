// The console talks to the public API only: POST /graphql and the export endpoints.
import { accessToken } from './auth.js';

/** An API refusal: the first error's code and message, and every error for the form. */
export class ApiError extends Error {
  constructor(errors) {
    super(errors[0]?.message || 'error');
    this.errors = errors;
    this.code = errors[0]?.extensions?.code || 'INTERNAL';
    this.field = errors[0]?.extensions?.field;
  }
}

async function headers(extra = {}) {
  const token = await accessToken();
  if (!token) window.dispatchEvent(new CustomEvent('danvan:signed-out'));
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

async function send(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError([{ message: 'network', extensions: { code: 'NETWORK' } }]);
  }
  if (response.status === 401) {
    window.dispatchEvent(new CustomEvent('danvan:signed-out'));
  }
  return response;
}

/** Runs a GraphQL document; the data, or an ApiError with the API's own errors. */
export async function graphql(query, variables = {}) {
  const response = await send('/graphql', {
    method: 'POST',
    headers: await headers({ 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' }),
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError([{ message: `HTTP ${response.status}`, extensions: { code: 'INTERNAL' } }]);
  }
  if (body.errors?.length) throw new ApiError(body.errors);
  return body.data;
}

/** The raw response of a document, for the explorer. */
export async function graphqlRaw(query, variables) {
  const response = await send('/graphql', {
    method: 'POST',
    headers: await headers({ 'Content-Type': 'application/json' }),
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Downloads a file from an endpoint that needs the bearer token: fetched, then saved through
 * an object URL (a plain link cannot carry the token). Returns the file name.
 */
export async function download(path) {
  const response = await send(path, { headers: await headers() });
  if (!response.ok) {
    let errors = [{ message: `HTTP ${response.status}`, extensions: { code: 'INTERNAL' } }];
    try {
      errors = (await response.json()).errors || errors;
    } catch { /* not JSON */ }
    throw new ApiError(errors);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || path.split('/').pop().split('?')[0];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}
