// The unit's citizen reception register (sổ tiếp công dân) of a year, and recording an entry of a
// held session in it (Law on Citizen Reception 2013, art. 25), with any petitions raised.
import { graphql } from '../api.js';
import { checkbox, field, h, show } from '../dom.js';
import { formatDate, label, t } from '../i18n.js';
import { clearFormError, enumOptions, problem, showFormError, textOrNothing } from './common.js';
import { peopleFields, receiptList } from './people.js';

const ENTRIES = `query Register($year: Int!, $after: String) {
  receptionRegister(year: $year, first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id sequenceNumber receivedOn content groupSize matterKinds confidential
      session { kind presiderName }
      visitors { redacted fullName representative }
      petitions { id trackingCode }
    } }
  }
}`;

const SESSION = `query Session($id: ID!) {
  receptionSession(id: $id) { id kind heldOn startsAt presiderName presiderOffice status }
}`;

const RECORD = `mutation Record($input: RecordReceptionEntryInput!) {
  recordReceptionEntry(input: $input) {
    entry { year sequenceNumber }
    petitions { id trackingCode kind }
    receipts { kind trackingCode secret }
  }
}`;

function visitors(entry) {
  if (entry.visitors.some((visitor) => visitor.redacted)) return h('em', {}, t('detail.redacted'));
  return entry.visitors.map((visitor) => (visitor.representative
    ? `${visitor.fullName} (${t('detail.representative')})` : visitor.fullName)).join(', ');
}

function entryRows(connection) {
  return connection.edges.map(({ node }) => h('tr', { 'data-entry': node.id },
    h('td', { class: 'number' }, String(node.sequenceNumber)),
    h('td', {}, formatDate(node.receivedOn)),
    h('td', {}, visitors(node)),
    h('td', { class: 'number' }, String(node.groupSize)),
    h('td', { class: 'matter' }, node.content),
    h('td', {}, node.matterKinds.map((kind) => label('PetitionKind', kind)).join(', ') || t('none')),
    h('td', {}, node.petitions.length ? node.petitions.map((petition, index) => [index ? ', ' : '',
      h('a', { href: `#/petitions/${encodeURIComponent(petition.id)}` }, petition.trackingCode)]) : t('none'))));
}

/** The year's register, fifty entries at a time. */
async function register(year) {
  const first = (await graphql(ENTRIES, { year })).receptionRegister;
  const body = h('tbody', {}, entryRows(first));
  const more = h('button', { type: 'button', class: 'more', hidden: !first.pageInfo.hasNextPage }, t('more'));
  let cursor = first.pageInfo.endCursor;
  more.addEventListener('click', async () => {
    const page = (await graphql(ENTRIES, { year, after: cursor })).receptionRegister;
    body.append(...entryRows(page));
    cursor = page.pageInfo.endCursor;
    more.hidden = !page.pageInfo.hasNextPage;
  });
  const caption = t('reg.count', first.totalCount, year);
  return [h('p', { class: 'count' }, caption),
    first.totalCount ? [h('div', { class: 'scroll' }, h('table', { class: 'reception-register' },
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, ['reg.number', 'reg.receivedOn', 'reg.visitors', 'reg.people', 'reg.content',
        'reg.kinds', 'reg.petitions'].map((key) => h('th', { scope: 'col' }, t(key))))),
      body)), more] : null];
}

function entryForm(session, onRecorded) {
  const people = peopleFields('reg.visitor', 'reg.removeVisitor');
  const errors = h('div');
  const title = t('reg.recordAt', formatDate(session.heldOn), session.startsAt,
    `${session.presiderName} (${label('PresiderOffice', session.presiderOffice)})`);
  const form = h('form', { class: 'card record-entry', 'aria-labelledby': 'record-title' },
    h('h2', { id: 'record-title' }, title),
    people.element,
    people.addButton(t('reg.addVisitor')),
    field(t('register.groupSize'), h('input', { type: 'number', name: 'groupSize', min: 1 })),
    field(t('reg.content'), h('textarea', { name: 'content', rows: 4 })),
    field(t('reg.priorHandling'), h('textarea', { name: 'priorHandling', rows: 2 })),
    field(t('reg.request'), h('input', { type: 'text', name: 'request' })),
    field(t('reg.handling'), h('textarea', { name: 'handling', rows: 2 })),
    h('fieldset', { class: 'kinds' }, h('legend', {}, t('reg.kinds')),
      enumOptions('PetitionKind').map(([value, text]) => checkbox(text, `kind-${value}`))),
    checkbox(t('reg.raise'), 'raise'),
    field(t('reg.subject'), h('input', { type: 'text', name: 'subject', maxlength: 500 }), t('reg.subjectHint')),
    errors,
    h('button', { type: 'submit', class: 'primary' }, t('reg.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const kinds = enumOptions('PetitionKind').map(([value]) => value).filter((value) => form.elements[`kind-${value}`].checked);
      const input = {
        sessionId: session.id,
        visitors: people.read(),
        groupSize: form.elements.groupSize.value ? Number(form.elements.groupSize.value) : undefined,
        content: form.elements.content.value.trim(),
        priorHandling: textOrNothing(form.elements.priorHandling.value),
        request: textOrNothing(form.elements.request.value),
        handling: textOrNothing(form.elements.handling.value),
        matterKinds: kinds,
        petitions: form.elements.raise.checked ? [{ kinds, subject: form.elements.subject.value.trim() }] : undefined,
      };
      const recorded = (await graphql(RECORD, { input })).recordReceptionEntry;
      clearFormError(form, errors);
      form.reset();
      people.reset();
      onRecorded(recorded);
    } catch (error) {
      showFormError(form, errors, error);
    }
  });
  return form;
}

/** The form for the session the calendar sent the officer here for: only a held one takes entries. */
function sessionPart(session, onRecorded) {
  if (!session) return problem({ code: 'NOT_FOUND' });
  if (session.status !== 'HELD') {
    return h('p', { class: 'error' }, t('reg.notHeld', label('ReceptionSessionStatus', session.status)));
  }
  return entryForm(session, onRecorded);
}

export async function render({ query, navigate }) {
  const sessionId = query.get('session');
  let session = null;
  let failure = null;
  try {
    if (sessionId) session = (await graphql(SESSION, { id: sessionId })).receptionSession;
  } catch (error) {
    failure = error;
  }
  const year = Number(query.get('year')) || Number(session?.heldOn.slice(0, 4)) || new Date().getFullYear();
  const go = (target) => navigate('reception-register', new URLSearchParams({ year: target }), true);
  const status = h('p', { role: 'status', class: 'done' });
  const result = h('div');
  const entries = h('section', { 'aria-labelledby': 'entries-title' });
  const drawRegister = async (shown) => {
    try {
      show(entries, h('h2', { id: 'entries-title' }, t('reg.title', shown)), await register(shown));
    } catch (error) {
      show(entries, problem(error));
    }
  };
  const onRecorded = async ({ entry, petitions, receipts }) => {
    status.textContent = t('reg.recorded', entry.sequenceNumber, entry.year);
    show(result, receipts.length ? receiptList(t('register.done'), petitions, receipts) : null);
    await drawRegister(entry.year);
  };
  let top;
  if (failure) top = problem(failure);
  else if (sessionId) top = sessionPart(session, onRecorded);
  else top = h('p', {}, t('reg.pick'), ' ', h('a', { href: '#/receptions' }, t('receptions.title')));
  await drawRegister(year);
  return h('div', {},
    h('h1', {}, t('reg.heading')),
    h('nav', { class: 'month', 'aria-label': t('reg.year') },
      h('button', { type: 'button', onclick: () => go(year - 1) }, `← ${year - 1}`),
      h('h2', { 'aria-live': 'polite' }, `${t('reg.year')} ${year}`),
      h('button', { type: 'button', onclick: () => go(year + 1) }, `${year + 1} →`)),
    status, result, top, entries);
}
