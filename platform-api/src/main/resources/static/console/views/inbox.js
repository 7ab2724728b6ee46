// The officer's inbox: the unit's petitions, nearest deadline first, with filters and search.
import { field, h, select } from '../dom.js';
import { t } from '../i18n.js';
import { enumOptions } from './common.js';
import { petitionList } from './petition-list.js';

export function filterOf(query) {
  const filter = {};
  if (query.get('kind')) filter.kinds = [query.get('kind')];
  if (query.get('state')) filter.states = [query.get('state')];
  if (query.get('overdue')) filter.overdue = query.get('overdue') === 'true';
  if (query.get('q')) filter.search = query.get('q');
  return filter;
}

export async function render({ query, navigate }) {
  const kind = select('kind', enumOptions('PetitionKind', true), query.get('kind') || '');
  const state = select('state', enumOptions('PetitionState', true), query.get('state') || '');
  const overdue = select('overdue', [['', t('all')], ['true', t('inbox.overdue.true')], ['false', t('inbox.overdue.false')]],
    query.get('overdue') || '');
  const search = h('input', { type: 'search', name: 'q', value: query.get('q') || '' });
  const form = h('form', { class: 'filters', role: 'search' },
    field(t('inbox.kind'), kind),
    field(t('inbox.state'), state),
    field(t('inbox.overdue'), overdue),
    field(t('inbox.search'), search),
    h('button', { type: 'submit' }, t('filter')));
  const apply = (event) => {
    event?.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) next.set(name, value);
    navigate('inbox', next, true);
  };
  form.addEventListener('submit', apply);
  [kind, state, overdue].forEach((control) => control.addEventListener('change', apply));

  return h('div', {},
    h('div', { class: 'heading' },
      h('h1', {}, t('inbox.title')),
      h('a', { class: 'button primary', href: '#/register' }, t('nav.register'))),
    form,
    await petitionList(filterOf(query), t('inbox.title')));
}
