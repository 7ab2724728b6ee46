// The unit's citizen reception calendar, a month at a time, and planning a session.
import { graphql } from '../api.js';
import { checkbox, field, h, select } from '../dom.js';
import { formatDate, formatMonth, label, t } from '../i18n.js';
import { dateInput, enumOptions, problem, readDate, showFormError, textOrNothing } from './common.js';

const CALENDAR = `query Calendar($year: Int!, $month: Int!) {
  receptionCalendar(year: $year, month: $month) {
    id kind heldOn startsAt endsAt place online presiderOffice presiderName status cancelReason
    entryCount peopleReceived
  }
}`;

const PLAN = `mutation Plan($input: PlanReceptionSessionInput!) { planReceptionSession(input: $input) { id heldOn } }`;

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

export async function render({ query, navigate }) {
  const today = new Date();
  const month = query.get('month') || `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
  const [year, number] = month.split('-').map(Number);
  const go = (target) => navigate('receptions', new URLSearchParams({ month: target }), true);
  const root = h('div', {},
    h('h1', {}, t('receptions.title')),
    h('nav', { class: 'month', 'aria-label': t('receptions.month') },
      h('button', { type: 'button', onclick: () => go(shift(month, -1)) }, `← ${t('receptions.prev')}`),
      h('h2', { 'aria-live': 'polite' }, `${t('receptions.month')} ${formatMonth(month)}`),
      h('button', { type: 'button', onclick: () => go(shift(month, 1)) }, `${t('receptions.next')} →`)));
  try {
    const sessions = (await graphql(CALENDAR, { year, month: number })).receptionCalendar;
    root.append(sessions.length
      ? h('table', { class: 'sessions' },
        h('caption', { class: 'visually-hidden' }, `${t('receptions.title')} ${formatMonth(month)}`),
        h('thead', {}, h('tr', {}, [t('receptions.day'), t('receptions.startsAt'), t('receptions.kind'),
          t('receptions.presiderName'), t('receptions.place'), t('col.state'), t('receptions.register')]
          .map((heading) => h('th', { scope: 'col' }, heading.replace(/ \(.*\)$/, ''))))),
        h('tbody', {}, sessions.map((session) => h('tr', { class: `status-${session.status.toLowerCase()}` },
          h('td', {}, formatDate(session.heldOn)),
          h('td', {}, session.endsAt ? `${session.startsAt}–${session.endsAt}` : session.startsAt),
          h('td', {}, label('ReceptionSessionKind', session.kind)),
          h('td', {}, `${session.presiderName} (${label('PresiderOffice', session.presiderOffice)})`),
          h('td', {}, session.online ? t('receptions.online') : session.place || t('none')),
          h('td', {}, label('ReceptionSessionStatus', session.status), session.cancelReason ? ` — ${session.cancelReason}` : ''),
          h('td', {}, t('receptions.people', session.entryCount, session.peopleReceived))))))
      : h('p', {}, t('receptions.empty')));
  } catch (error) {
    root.append(problem(error));
  }
  root.append(planForm(go));
  return root;
}
