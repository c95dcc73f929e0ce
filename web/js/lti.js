// Learning platforms (LTI 1.3): the addresses an administrator pastes into Moodle or Canvas, the platforms
// registered, and the form that registers one. Everything from the server is inserted as text.
import { request } from './api.js';
import { el, replace } from './dom.js';
import { instructorPage } from './dashboard.js';

const URLS = [
  ['loginUrl', 'Login initiation URL (Moodle: Initiate login URL; Canvas: OIDC Initiation URL)'],
  ['launchUrl', 'Redirect / launch URL (Moodle: Tool URL and Redirection URI; Canvas: Target Link URI and Redirect URI)'],
  ['deepLinkingUrl', 'Deep linking URL (Moodle: Content Selection URL; Canvas: Deep Linking placement URL)'],
  ['jwksUrl', 'Public keyset (JWKS) URL'],
  ['domain', 'Domain'],
];

async function load() {
  show(await request('GET', '/api/instructor/lti'));
}

function show(configuration) {
  replace(document.getElementById('tool-urls'), URLS.flatMap(([key, label]) => [
    el('dt', {}, label), el('dd', {}, el('code', { 'data-url': key }, configuration.tool[key]))]));
  const table = document.getElementById('platforms');
  if (!configuration.platforms.length) {
    replace(table, el('caption', {}, 'No platform is registered yet.'));
    return;
  }
  replace(table,
    el('thead', {}, el('tr', {}, ['issuer', 'client ID', 'deployments', 'public keyset'].map((h) => el('th', {}, h)))),
    el('tbody', {}, configuration.platforms.map((p) => el('tr', { 'data-platform': p.id },
      el('td', {}, p.issuer), el('td', {}, p.clientId), el('td', {}, p.deploymentIds.join(', ')),
      el('td', {}, p.jwksUrl)))));
}

document.getElementById('register-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = (id) => document.getElementById(id).value;
  const result = document.getElementById('register-result');
  try {
    const platform = await request('POST', '/api/instructor/lti/platforms', {
      issuer: value('issuer'),
      clientId: value('client-id'),
      deploymentIds: value('deployment-ids').split('\n').map((d) => d.trim()).filter((d) => d),
      authEndpoint: value('auth-endpoint'),
      tokenEndpoint: value('token-endpoint'),
      jwksUrl: value('jwks-url'),
    });
    event.target.reset();
    result.className = 'ok';
    result.textContent = `Registered ${platform.issuer} (client ID ${platform.clientId}).`;
    await load();
  } catch (e) {
    result.className = 'error';
    result.textContent = `${e.status}: ${e.message}`;
  }
});

instructorPage('lti', load);
