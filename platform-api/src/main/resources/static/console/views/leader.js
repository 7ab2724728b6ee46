// The leader's desk: cases waiting on a decision, and denunciations, whose denouncers' identity
// the API shows leaders (and the handler) only.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { petitionList } from './petition-list.js';

export async function render() {
  return h('div', {},
    h('h1', {}, t('leader.title')),
    h('p', {}, t('leader.lead')),
    await petitionList({ states: ['ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED'] }, t('leader.title')),
    h('h2', {}, t('leader.denunciations')),
    await petitionList({ kinds: ['DENUNCIATION'], open: true }, t('leader.denunciations')));
}
