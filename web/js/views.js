// Records that the signed-in user opened a theory section, for the instructors' analytics
// (who read the theory before trying the exercises). A failure here must never disturb the page.
import { request } from './api.js';

export function recordSectionView(section) {
  request('POST', `/api/sections/${encodeURIComponent(section)}/views`, {})
    .catch((e) => console.warn('the section view was not recorded', e));
}
