// Deep linking: the instructor ticks sections and exercises; the server signs the links and this page
// posts them back to the learning platform, as Deep Linking 2.0 asks (the form field JWT).
import { request } from './api.js';
import { el, replace } from './dom.js';
import { instructorPage } from './dashboard.js';

const requestId = new URLSearchParams(location.search).get('request');

async function load() {
  const sections = await request('GET', '/api/sections');
  replace(document.getElementById('picks'), sections.map((s) => el('fieldset', {},
    el('legend', {}, `${s.section}. ${s.title}`),
    el('label', { class: 'inline' }, el('input', { type: 'checkbox', name: 'section', value: s.section }),
      ' the whole section'),
    s.exercises.map((x) => el('label', { class: 'inline' },
      el('input', { type: 'checkbox', name: 'exercise', value: x.id }), ` ${x.title} (${x.points} points)`)))));
}

document.getElementById('picks-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const ticked = (name) => [...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
  const result = document.getElementById('picks-result');
  try {
    const answer = await request('POST', `/api/instructor/lti/deep-links/${encodeURIComponent(requestId)}`,
      { exercises: ticked('exercise'), sections: ticked('section') });
    result.className = 'ok';
    result.textContent = 'Sending the links to the course…';
    const back = document.getElementById('return-form');
    back.action = answer.returnUrl;
    replace(back, el('input', { type: 'hidden', name: 'JWT', value: answer.jwt }));
    back.submit();
  } catch (e) {
    result.className = 'error';
    result.textContent = `${e.status}: ${e.message}`;
  }
});

instructorPage('lti', load);
