// The one place that talks to the JSON API. It keeps the session's CSRF token (the cookie itself is
// HttpOnly, so scripts never see it) and turns every non-2xx answer into an ApiError with the
// server's own message.

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, message, retryAfter) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** A body of another type than JSON (the roster's CSV) is sent as it is. */
export async function request(method, path, body, contentType = 'application/json') {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined || contentType !== 'application/json' ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'cannot reach the server: check your connection and try again');
  }
  const isJson = (response.headers.get('Content-Type') || '').startsWith('application/json');
  const json = isJson ? await response.json() : null;
  if (!response.ok) {
    const message = json && json.error ? json.error : `${response.status} ${response.statusText}`;
    const retry = Number(response.headers.get('Retry-After'));
    throw new ApiError(response.status, message, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return json;
}

export async function login(username, password) {
  const me = await request('POST', '/api/login', { username, password });
  csrfToken = me.csrfToken;
  return me;
}

export async function me() {
  const me = await request('GET', '/api/me');
  csrfToken = me.csrfToken;
  return me;
}

export async function logout() {
  await request('POST', '/api/logout', {});
  csrfToken = null;
}

/** Only same-site paths, so a crafted ?next= cannot send someone to another site after login. */
export function safeNext(next) {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\')
    ? next : '/home.html';
}

/** The signed-in user; without a session, off to the login page (the promise then never settles). */
export async function requireUser() {
  try {
    return await me();
  } catch (e) {
    if (e.status !== 401) throw e;
    location.href = '/index.html?next=' + encodeURIComponent(location.pathname + location.search);
    return new Promise(() => {});
  }
}
