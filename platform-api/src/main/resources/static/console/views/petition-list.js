// A table of petitions from the `petitions` connection, page by page.
import { graphql } from '../api.js';
import { h } from '../dom.js';
import { formatDate, label, t } from '../i18n.js';
import { deadlineBadge, problem, stateBadge } from './common.js';

const QUERY = `query Inbox($filter: PetitionFilter, $after: String) {
  petitions(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id trackingCode kind state subject receivedOn overdue
      deadline { clock dueOn daysLeft overdue paused }
      handler { name subject }
    } }
  }
}`;

function row(petition) {
  return h('tr', { class: petition.overdue ? 'overdue' : null, 'data-id': petition.id },
    h('td', {}, h('a', { href: `#/petitions/${encodeURIComponent(petition.id)}` }, petition.trackingCode)),
    h('td', {}, petition.subject),
    h('td', {}, label('PetitionKind', petition.kind)),
    h('td', {}, stateBadge(petition.state)),
    h('td', {}, formatDate(petition.receivedOn)),
    h('td', {}, deadlineBadge(petition)),
    h('td', {}, petition.handler?.name || petition.handler?.subject || t('none')));
}

/** The list for a filter; `caption` names it for screen readers. Reloads on live notices. */
export async function petitionList(filter, caption) {
  const total = h('p', { class: 'count', 'aria-live': 'polite' });
  const body = h('tbody');
  const more = h('button', { type: 'button', class: 'more', hidden: true }, t('more'));
  const errors = h('div');
  let cursor = null;

  async function load(reset) {
    try {
      const data = await graphql(QUERY, { filter, after: reset ? null : cursor });
      const page = data.petitions;
      if (reset) body.replaceChildren();
      page.edges.forEach((edge) => body.append(row(edge.node)));
      if (!page.edges.length && reset) {
        body.append(h('tr', {}, h('td', { colspan: 7, class: 'empty' }, t('inbox.empty'))));
      }
      total.textContent = t('inbox.total', page.totalCount);
      cursor = page.pageInfo.endCursor;
      more.hidden = !page.pageInfo.hasNextPage;
      errors.replaceChildren();
    } catch (error) {
      errors.replaceChildren(problem(error));
    }
  }
  more.addEventListener('click', () => load(false));

  const table = h('table', { class: 'petitions' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {},
      ['col.tracking', 'col.subject', 'col.kind', 'col.state', 'col.received', 'col.deadline', 'col.handler']
        .map((key) => h('th', { scope: 'col' }, t(key))))),
    body);
  const section = h('section', { class: 'list' }, total, errors, h('div', { class: 'scroll' }, table), more);

  const onEvent = () => {
    if (!section.isConnected) {
      window.removeEventListener('danvan:petition-event', onEvent);
      return;
    }
    load(true);
  };
  window.addEventListener('danvan:petition-event', onEvent);
  await load(true);
  return section;
}
