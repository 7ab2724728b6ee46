// One petition: what it is, its deadline, who is behind it (as far as the API shows the
// caller), its timeline, and a form for each action its state allows.
import { ApiError, graphql } from '../api.js';
import { checkbox, field, h, show } from '../dom.js';
import { formatDate, formatDateTime, label, t } from '../i18n.js';
import { dateInput, deadlineBadge, problem, readDate, showFormError, stateBadge, textOrNothing } from './common.js';

const DETAIL = `fragment Detail on Petition {
  id unitCode trackingCode kind channel state version subject matter receivedOn round
  complex especiallyComplex groupPetition petitionerCount acceptedOn resolvedOn decision overdue
  deadline { clock dueOn daysLeft overdue paused legalBasis }
  handler { subject name }
  petitioners { position representative redacted fullName address phone nationalId }
  timeline { at actor actorName action fromState toState reason }
  links { kind unitCode petitionId }
  attachments { name sizeBytes }
  receptionEntry { year sequenceNumber }
  allowedActions
}`;

/** Each action's mutation, input type and the fields of its form. */
const ACTIONS = {
  CLASSIFY: ['classifyPetition', 'ClassifyPetitionInput', ['complex', 'especiallyComplex', 'remoteArea', 'severalSites', 'note']],
  ACCEPT: ['acceptPetition', 'AcceptPetitionInput', ['on', 'complex', 'especiallyComplex', 'remoteArea', 'note']],
  REJECT: ['rejectPetition', 'ReasonInput', ['reason']],
  GUIDE: ['guidePetition', 'ReasonInput', ['reason']],
  TRANSFER: ['transferPetition', 'TransferPetitionInput', ['toUnit', 'reason']],
  START_VERIFICATION: ['startPetitionVerification', 'NoteInput', ['note']],
  SUSPEND: ['suspendPetition', 'DatedReasonInput', ['on', 'reason']],
  RESUME: ['resumePetition', 'DatedNoteInput', ['on', 'note']],
  EXTEND: ['extendPetition', 'ReasonInput', ['reason']],
  RESOLVE: ['resolvePetition', 'ResolvePetitionInput', ['decision', 'on', 'note']],
  APPEAL: ['appealPetition', 'DatedReasonInput', ['on', 'reason']],
  WITHDRAW: ['withdrawPetition', 'ReasonInput', ['reason']],
  CLOSE: ['closePetition', 'NoteInput', ['note']],
  ASSIGN_HANDLER: ['assignPetitionHandler', 'AssignHandlerInput', ['handlerSubject', 'handlerName', 'note']],
};

const FLAGS = ['complex', 'especiallyComplex', 'remoteArea', 'severalSites'];
const LONG_TEXT = ['reason', 'decision', 'note'];

function control(name) {
  if (FLAGS.includes(name)) return checkbox(t(`form.${name}`), name);
  if (name === 'on') return field(t('form.on'), dateInput('on'));
  const input = LONG_TEXT.includes(name) ? h('textarea', { name, rows: 3 }) : h('input', { type: 'text', name });
  return field(t(`form.${name}`), input);
}

function readInput(form, names) {
  const input = {};
  for (const name of names) {
    if (FLAGS.includes(name)) {
      if (form.elements[name].checked) input[name] = true;
    } else if (name === 'on') {
      const on = readDate(form, 'on');
      if (on) input.on = on;
    } else {
      const value = textOrNothing(form.elements[name].value);
      // Required texts go as given (even empty), so the API says what is missing.
      if (value !== undefined || ['reason', 'decision', 'toUnit', 'handlerSubject'].includes(name)) input[name] = value ?? '';
    }
  }
  return input;
}

async function load(id) {
  const data = await graphql(`query Petition($id: ID!) { petition(id: $id) { ...Detail } } ${DETAIL}`, { id });
  if (!data.petition) throw new ApiError([{ message: t('error.NOT_FOUND'), extensions: { code: 'NOT_FOUND' } }]);
  return data.petition;
}

function facts(petition) {
  const rows = [
    [t('col.kind'), label('PetitionKind', petition.kind)],
    [t('col.state'), stateBadge(petition.state)],
    [t('detail.channel'), label('PetitionChannel', petition.channel)],
    [t('col.received'), formatDate(petition.receivedOn)],
    [t('detail.round'), String(petition.round)],
    [t('col.handler'), petition.handler?.name || petition.handler?.subject || t('none')],
  ];
  if (petition.acceptedOn) rows.push([t('detail.accepted'), formatDate(petition.acceptedOn)]);
  if (petition.resolvedOn) rows.push([t('detail.resolved'), formatDate(petition.resolvedOn)]);
  if (petition.deadline) {
    rows.push([t('detail.deadline'), h('span', {},
      deadlineBadge(petition), ' ',
      `${label('DeadlineClock', petition.deadline.clock)} · ${t('detail.due', formatDate(petition.deadline.dueOn))}`)]);
    rows.push([t('detail.legal'), petition.deadline.legalBasis]);
  }
  if (petition.complex) rows.push([t('detail.complex'), t('yes')]);
  if (petition.groupPetition) rows.push([t('detail.group', petition.petitionerCount), t('yes')]);
  if (petition.receptionEntry) {
    rows.push([t('nav.receptions'), t('detail.receptionEntry', petition.receptionEntry.sequenceNumber, petition.receptionEntry.year)]);
  }
  return h('dl', { class: 'facts' }, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function petitioners(petition) {
  return h('section', { 'aria-labelledby': 'petitioners-title' },
    h('h2', { id: 'petitioners-title' }, t('detail.petitioners')),
    h('ul', { class: 'people' }, petition.petitioners.map((person) => h('li', { class: person.redacted ? 'redacted' : null },
      person.redacted
        ? h('em', {}, t('detail.redacted'))
        : [h('strong', {}, person.fullName), person.representative ? ` (${t('detail.representative')})` : '',
          person.address ? h('div', {}, person.address) : null,
          person.phone ? h('div', {}, person.phone) : null,
          person.nationalId ? h('div', {}, person.nationalId) : null]))));
}

function timeline(petition) {
  return h('section', { 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, t('detail.timeline')),
    h('ol', { class: 'timeline' }, petition.timeline.map((event) => h('li', {},
      h('time', { datetime: event.at }, formatDateTime(event.at)), ' ',
      h('strong', {}, label('PetitionState', event.toState)),
      event.fromState ? ` ← ${label('PetitionState', event.fromState)}` : '',
      ` · ${event.actorName || event.actor}`,
      event.reason ? h('div', { class: 'reason' }, event.reason) : null))));
}

function actions(petition, rerender) {
  const panel = h('div', { class: 'action-form' });
  const status = h('p', { role: 'status', class: 'done' });
  const open = (action) => {
    const [mutation, inputType, names] = ACTIONS[action];
    const errors = h('div');
    const form = h('form', { 'aria-label': label('PetitionAction', action) },
      h('h3', {}, label('PetitionAction', action)),
      names.map(control),
      errors,
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', class: 'primary' }, label('PetitionAction', action)),
        h('button', { type: 'button', onclick: () => panel.replaceChildren() }, t('cancel'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const input = readInput(form, names);
        const data = await graphql(`mutation Act($id: ID!, $version: Int!, $input: ${inputType}!) {
          result: ${mutation}(id: $id, version: $version, input: $input) { ...Detail } } ${DETAIL}`,
        { id: petition.id, version: petition.version, input });
        rerender(data.result, t('detail.done'));
      } catch (error) {
        if (error.code === 'CONFLICT') {
          rerender(await load(petition.id), null, error);
        } else {
          showFormError(form, errors, error);
        }
      }
    });
    panel.replaceChildren(form);
    form.querySelector('input, textarea')?.focus();
  };
  const buttons = petition.allowedActions.filter((action) => ACTIONS[action]).map((action) =>
    h('button', { type: 'button', 'data-action': action, onclick: () => open(action) }, label('PetitionAction', action)));
  return {
    status,
    section: h('section', { 'aria-labelledby': 'actions-title' },
      h('h2', { id: 'actions-title' }, t('detail.actions')),
      buttons.length ? h('div', { class: 'buttons' }, buttons) : h('p', {}, t('detail.noActions')),
      panel),
  };
}

export async function render({ params }) {
  const id = params[0];
  const root = h('div', { class: 'petition' });
  const draw = (petition, message, error) => {
    const { section, status } = actions(petition, draw);
    if (message) status.textContent = message;
    show(root,
      h('p', {}, h('a', { href: '#/inbox' }, `← ${t('back')}`)),
      h('h1', {}, `${petition.trackingCode} — ${petition.subject}`),
      status,
      error ? problem(error) : null,
      h('div', { class: 'columns' },
        h('div', {}, facts(petition),
          h('h2', {}, t('detail.matter')), h('p', { class: 'matter' }, petition.matter),
          petition.decision ? [h('h2', {}, t('detail.decision')), h('p', {}, petition.decision)] : null,
          petitioners(petition)),
        h('div', {}, section, timeline(petition))));
    if (message) status.focus?.();
  };
  try {
    draw(await load(id));
  } catch (error) {
    root.replaceChildren(h('h1', {}, t('detail.title')), problem(error));
  }
  return root;
}
