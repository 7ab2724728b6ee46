// Pieces the screens share: error boxes, deadline badges, labelled inputs.
import { h } from '../dom.js';
import { enumValues, formatDate, label, parseDate, t } from '../i18n.js';

/** An API error as the person should read it: what happened, and the API's own words. */
export function problem(error) {
  const code = error.code || 'INTERNAL';
  const known = code === 'NETWORK' ? t('error.network') : t(`error.${code}`);
  const details = (error.errors || [])
    .filter((item) => item.message && item.message !== 'network')
    .map((item) => h('li', {}, item.extensions?.field ? `${t('field')} ${item.extensions.field}: ` : '', item.message));
  return h('div', { class: 'error', role: 'alert', 'data-code': code },
    h('p', {}, h('strong', {}, known.startsWith('error.') ? t('error') : known)),
    details.length ? h('ul', {}, details) : null);
}

/** Days left on the running deadline: red when overdue, amber in the last three days. */
export function deadlineBadge(petition) {
  const deadline = petition.deadline;
  if (!deadline) return h('span', { class: 'badge none' }, t('none'));
  if (deadline.paused) return h('span', { class: 'badge paused' }, t('badge.paused'));
  const days = deadline.daysLeft;
  let text;
  let tone;
  if (days < 0) {
    text = t('badge.overdue', -days);
    tone = 'overdue';
  } else if (days === 0) {
    text = t('badge.dueToday');
    tone = 'soon';
  } else {
    text = t('badge.left', days);
    tone = days <= 3 ? 'soon' : 'ok';
  }
  return h('span', { class: `badge ${tone}`, title: `${label('DeadlineClock', deadline.clock)} ${formatDate(deadline.dueOn)}` },
    text);
}

export function stateBadge(state) {
  return h('span', { class: `state state-${state.toLowerCase()}` }, label('PetitionState', state));
}

/** Options of an enum, with an optional "all" first. */
export function enumOptions(type, withAll = false) {
  const options = enumValues(type).map((value) => [value, label(type, value)]);
  return withAll ? [['', t('all')], ...options] : options;
}

/** A text input that takes dates as dd/mm/yyyy and reports them as ISO. */
export function dateInput(name, iso) {
  return h('input', {
    type: 'text', name, inputmode: 'numeric', placeholder: t('form.date'),
    pattern: '\\d{1,2}/\\d{1,2}/\\d{4}', autocomplete: 'off', value: iso ? formatDate(iso) : '',
  });
}

/** Reads a dd/mm/yyyy field: ISO, undefined when empty, or throws a field error. */
export function readDate(form, name) {
  const control = form.elements[name];
  const iso = parseDate(control.value);
  if (iso === null) {
    throw Object.assign(new Error(t('form.badDate')), {
      code: 'BAD_USER_INPUT', errors: [{ message: t('form.badDate'), extensions: { field: name } }], control,
    });
  }
  return iso || undefined;
}

/** Takes a form's error and its marks away, once it went through. */
export function clearFormError(form, box) {
  form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
  box.replaceChildren();
}

/** Puts an error above a form and marks the field the API named, if it can be found. */
export function showFormError(form, box, error) {
  clearFormError(form, box);
  box.replaceChildren(problem(error));
  const name = error.field || error.errors?.[0]?.extensions?.field;
  const control = error.control || (name && form.querySelector(`[name="${CSS.escape(String(name).split('.').pop())}"]`));
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    control.focus();
  } else {
    box.querySelector('[role=alert]')?.setAttribute('tabindex', '-1');
    box.querySelector('[role=alert]')?.focus();
  }
}

export function textOrNothing(value) {
  const text = (value || '').trim();
  return text ? text : undefined;
}

/** Units' rows sorted by one key, then by unit code; nulls last in either direction, as the API ranks them. */
export function sortedUnits(rows, key, direction) {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = a[key];
    const right = b[key];
    if (left === null || left === undefined) return right === null || right === undefined ? 0 : 1;
    if (right === null || right === undefined) return -1;
    const order = typeof left === 'string' ? left.localeCompare(right, 'vi') : left - right;
    return order * sign || a.unitCode.localeCompare(b.unitCode);
  });
}

/** A column heading that sorts the table by its key: a button, and aria-sort on the sorted one. */
export function sortHeader(key, heading, numeric, { sortKey, direction, onSort }) {
  return h('th', {
    scope: 'col',
    'aria-sort': key === sortKey ? (direction === 'asc' ? 'ascending' : 'descending') : 'none',
    class: numeric ? 'number' : null,
  }, h('button', {
    type: 'button', class: 'sort', 'data-sort': key,
    'aria-label': t('dashboard.sortBy', heading), onclick: () => onSort(key),
  }, heading, key === sortKey ? (direction === 'asc' ? ' ▲' : ' ▼') : ''));
}
