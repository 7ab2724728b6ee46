// The unit's citizen reception calendar, a month at a time: planning a session, recording that a
// planned one was held or cancelling it, and the way to a held session's register.
import { graphql } from '../api.js';
import { checkbox, field, h, select, show } from '../dom.js';
import { formatDate, formatMonth, label, t } from '../i18n.js';
import { dateInput, enumOptions, problem, readDate, showFormError, textOrNothing } from './common.js';

const CALENDAR = `query Calendar($year: Int!, $month: Int!) {
  receptionCalendar(year: $year, month: $month) {
    id version kind heldOn startsAt endsAt place online presiderOffice presiderName status cancelReason
    entryCount peopleReceived
  }
}`;

const PLAN = `mutation Plan($input: PlanReceptionSessionInput!) { planReceptionSession(input: $input) { id heldOn } }`;

/** What may be done to a planned session: the mutation, its input type and its fields. */
const CHANGES = {
  HOLD: ['holdReceptionSession', 'HoldReceptionSessionInput', ['noteTakerName', 'endsAt']],
  CANCEL: ['cancelReceptionSession', 'ReasonInput', ['reason']],
};

const CHANGE_FIELDS = {
  noteTakerName: () => field(t('receptions.noteTaker'), h('input', { type: 'text', name: 'noteTakerName' })),
  endsAt: () => field(t('receptions.endsAt'), h('input', { type: 'text', name: 'endsAt', placeholder: '11:00', pattern: '\\d{2}:\\d{2}' })),
  reason: () => field(t('form.reason'), h('textarea', { name: 'reason', rows: 2 })),
};

function shift(month, by) {
  const [year, number] = month.split('-').map(Number);
  const date = new Date(year, number - 1 + by, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

function planForm(onPlanned) {
  const errors = h('div');
  const form = h('form', { class: 'card', 'aria-labelledby': 'plan-title' },
    h('h2', { id: 'plan-title' }, t('receptions.plan')),
    field(t('receptions.kind'), select('kind', enumOptions('ReceptionSessionKind'), 'REGULAR')),
    field(t('receptions.day'), dateInput('heldOn')),
    field(t('receptions.startsAt'), h('input', { type: 'text', name: 'startsAt', placeholder: '08:00', pattern: '\\d{2}:\\d{2}' })),
    field(t('receptions.place'), h('input', { type: 'text', name: 'place' })),
    checkbox(t('receptions.online'), 'online'),
    field(t('receptions.presiderOffice'), select('presiderOffice', enumOptions('PresiderOffice'), 'OFFICER')),
    field(t('receptions.presiderName'), h('input', { type: 'text', name: 'presiderName' })),
    errors,
    h('button', { type: 'submit', class: 'primary' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const input = {
        kind: form.elements.kind.value,
        heldOn: readDate(form, 'heldOn') ?? '',
        startsAt: form.elements.startsAt.value.trim(),
        place: textOrNothing(form.elements.place.value),
        online: form.elements.online.checked,
        presiderOffice: form.elements.presiderOffice.value,
        presiderName: form.elements.presiderName.value.trim(),
      };
      const session = (await graphql(PLAN, { input })).planReceptionSession;
      onPlanned(session.heldOn.slice(0, 7));
    } catch (error) {
      showFormError(form, errors, error);
    }
  });
  return form;
}

/** The form that holds or cancels a planned session, in the panel under the calendar. */
function changeForm(session, change, done) {
  const [mutation, inputType, names] = CHANGES[change];
  const title = `${t(`receptions.${change.toLowerCase()}`)} — ${formatDate(session.heldOn)} ${session.startsAt}`;
  const errors = h('div');
  const form = h('form', { class: 'card change', 'aria-label': title },
    h('h2', {}, title),
    names.map((name) => CHANGE_FIELDS[name]()),
    errors,
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, t(`receptions.${change.toLowerCase()}`)),
      h('button', { type: 'button', onclick: () => done() }, t('back'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const input = Object.fromEntries(names.map((name) => [name, textOrNothing(form.elements[name].value)]));
      if (change === 'CANCEL') input.reason ??= '';
      await graphql(`mutation Change($id: ID!, $version: Int!, $input: ${inputType}!) {
        ${mutation}(id: $id, version: $version, input: $input) { id } }`, { id: session.id, version: session.version, input });
      done(t('detail.done'));
    } catch (error) {
      if (error.code === 'CONFLICT') done(null, error);
      else showFormError(form, errors, error);
    }
  });
  return form;
}

function sessionRow(session, open) {
  const when = `${formatDate(session.heldOn)} ${session.startsAt}`;
  let actions = null;
  if (session.status === 'PLANNED') {
    actions = Object.keys(CHANGES).map((change) => h('button', {
      type: 'button', 'data-action': change, 'aria-label': `${t(`receptions.${change.toLowerCase()}`)} ${when}`,
      onclick: () => open(session, change),
    }, t(`receptions.${change.toLowerCase()}`)));
  } else if (session.status === 'HELD') {
    actions = h('a', { class: 'button', href: `#/reception-register?session=${encodeURIComponent(session.id)}` },
      t('receptions.record'));
  }
  return h('tr', { class: `status-${session.status.toLowerCase()}`, 'data-session': session.id },
    h('td', {}, formatDate(session.heldOn)),
    h('td', {}, session.endsAt ? `${session.startsAt}–${session.endsAt}` : session.startsAt),
    h('td', {}, label('ReceptionSessionKind', session.kind)),
    h('td', {}, `${session.presiderName} (${label('PresiderOffice', session.presiderOffice)})`),
    h('td', {}, session.online ? t('receptions.online') : session.place || t('none')),
    h('td', { class: 'session-state' }, label('ReceptionSessionStatus', session.status), session.cancelReason ? ` — ${session.cancelReason}` : ''),
    h('td', {}, t('receptions.people', session.entryCount, session.peopleReceived)),
    h('td', { class: 'row-actions' }, actions));
}

function calendar(sessions, month, open) {
  if (!sessions.length) return h('p', {}, t('receptions.empty'));
  return h('div', { class: 'scroll' }, h('table', { class: 'sessions' },
    h('caption', { class: 'visually-hidden' }, `${t('receptions.title')} ${formatMonth(month)}`),
    h('thead', {}, h('tr', {}, [t('receptions.day'), t('receptions.startsAt'), t('receptions.kind'),
      t('receptions.presiderName'), t('receptions.place'), t('col.state'), t('receptions.register'), t('detail.actions')]
      .map((heading) => h('th', { scope: 'col' }, heading.replace(/ \(.*\)$/, ''))))),
    h('tbody', {}, sessions.map((session) => sessionRow(session, open)))));
}

export async function render({ query, navigate }) {
  const today = new Date();
  const month = query.get('month') || `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
  const [year, number] = month.split('-').map(Number);
  const go = (target) => navigate('receptions', new URLSearchParams({ month: target }), true);
  const status = h('p', { role: 'status', class: 'done' });
  const panel = h('div', { class: 'session-change' });
  const sessions = h('div', {});
  const draw = async (message, error) => {
    status.textContent = message || '';
    show(panel, error ? problem(error) : null);
    try {
      const found = (await graphql(CALENDAR, { year, month: number })).receptionCalendar;
      show(sessions, calendar(found, month, (session, change) => {
        panel.replaceChildren(changeForm(session, change, draw));
        panel.querySelector('input, textarea')?.focus();
      }));
    } catch (failure) {
      show(sessions, problem(failure));
    }
  };
  await draw();
  return h('div', {},
    h('h1', {}, t('receptions.title')),
    h('nav', { class: 'month', 'aria-label': t('receptions.month') },
      h('button', { type: 'button', onclick: () => go(shift(month, -1)) }, `← ${t('receptions.prev')}`),
      h('h2', { 'aria-live': 'polite' }, `${t('receptions.month')} ${formatMonth(month)}`),
      h('button', { type: 'button', onclick: () => go(shift(month, 1)) }, `${t('receptions.next')} →`)),
    h('p', {}, h('a', { href: `#/reception-register?year=${year}` }, t('receptions.openRegister'))),
    status, sessions, panel, planForm(go));
}
