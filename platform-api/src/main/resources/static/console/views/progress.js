// The city's progress on a directive: per task, how many units stand where, and for the chosen
// task every unit's status and percentage, sortable, the late ones in red. Units only: the API
// gives no person here.
import { graphql } from '../api.js';
import { field, h, select } from '../dom.js';
import { formatDate, formatNumber, label, t } from '../i18n.js';
import { enumOptions, problem, sortHeader, sortedUnits } from './common.js';

const DIRECTIVES = `{ directives(first: 200) { edges { node { id number title issuedOn } } } }`;

const PROGRESS = `query Progress($id: ID!) { directiveProgress(directiveId: $id) {
  asOf directive { number title issuer issuedOn }
  tasks {
    task { id title groupPosition position recurrence dueOn endsOn }
    assigned notStarted inProgress done late averagePercent
    units { unitCode unitName status percent nextReportDueOn missedReports returnedReports lastReportOn }
  }
} }`;

/** The statuses in the order work moves through them; sorting by status follows it. */
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'LATE'];
const COUNTS = [['notStarted', 'NOT_STARTED'], ['inProgress', 'IN_PROGRESS'], ['done', 'DONE'], ['late', 'LATE']];

/** Columns of the per-unit table: key, heading, how to show it; text columns sort A to Z first. */
const COLUMNS = [
  ['unitCode', 'sc.code', String],
  ['unitName', 'sc.unit', String],
  ['statusRank', 'col.state', (value, unit) => h('span', { class: `badge ${unit.status === 'LATE' ? 'overdue' : 'ok'}` },
    label('DirectiveTaskStatus', unit.status))],
  ['percent', 'directives.percent', (value) => `${value}%`],
  ['missedReports', 'progress.missed', (value) => formatNumber(value)],
  ['returnedReports', 'progress.returned', (value) => formatNumber(value)],
  ['nextReportDueOn', 'progress.nextReport', (value) => formatDate(value)],
  ['lastReportOn', 'progress.lastReport', (value) => formatDate(value)],
];
const TEXT_COLUMNS = ['unitCode', 'unitName', 'nextReportDueOn', 'lastReportOn'];

function taskName(task) {
  return `${task.groupPosition}.${task.position}. ${task.title}`;
}

function summary(tasks, chosen, link) {
  return h('div', { class: 'scroll' }, h('table', { class: 'task-progress' },
    h('caption', { class: 'visually-hidden' }, t('progress.tasks')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('progress.task')),
      h('th', { scope: 'col', class: 'number' }, t('progress.assigned')),
      COUNTS.map(([, status]) => h('th', { scope: 'col', class: 'number' }, label('DirectiveTaskStatus', status))),
      h('th', { scope: 'col', class: 'number' }, t('progress.average')))),
    h('tbody', {}, tasks.map((row) => h('tr', {
      'data-task': row.task.id, class: row.late ? 'has-late' : null, 'aria-current': row.task.id === chosen ? 'true' : null,
    },
    h('th', { scope: 'row' }, h('a', { href: link({ task: row.task.id }) }, taskName(row.task)),
      h('div', { class: 'meta' }, label('DirectiveRecurrence', row.task.recurrence), ' · ',
        t('directives.due', formatDate(row.task.dueOn || row.task.endsOn)))),
    h('td', { class: 'number' }, formatNumber(row.assigned)),
    COUNTS.map(([key]) => h('td', { class: `number count-${key}` },
      key === 'late' && row.late ? h('span', { class: 'badge overdue' }, formatNumber(row.late)) : formatNumber(row[key]))),
    h('td', { class: 'number' }, h('progress', { max: 100, value: row.averagePercent }), ` ${formatNumber(row.averagePercent, 1)}%`))))));
}

function unitTable(row, { sortKey, direction, status, go }) {
  const units = sortedUnits(row.units.filter((unit) => !status || unit.status === status)
    .map((unit) => ({ ...unit, statusRank: STATUSES.indexOf(unit.status) })), sortKey, direction);
  const onSort = (key) => go({
    sort: key,
    dir: key === sortKey ? (direction === 'asc' ? 'desc' : 'asc') : (TEXT_COLUMNS.includes(key) ? 'asc' : 'desc'),
  });
  const statusSelect = select('status', enumOptions('DirectiveTaskStatus', true), status);
  statusSelect.addEventListener('change', () => go({ status: statusSelect.value }));
  const heading = t('progress.units', taskName(row.task), row.units.length);
  return h('section', { 'aria-labelledby': 'units-title' },
    h('div', { class: 'heading' },
      h('h2', { id: 'units-title' }, heading),
      h('form', { class: 'inline' }, field(t('progress.showStatus'), statusSelect))),
    h('p', { class: 'count' }, COUNTS.map(([key, value]) => `${label('DirectiveTaskStatus', value)}: ${row[key]}`).join(' · ')),
    h('div', { class: 'scroll tall' }, h('table', { class: 'unit-progress' },
      h('caption', { class: 'visually-hidden' }, heading),
      h('thead', {}, h('tr', {}, COLUMNS.map(([key, text]) =>
        sortHeader(key, t(text), !TEXT_COLUMNS.includes(key), { sortKey, direction, onSort })))),
      h('tbody', {}, units.map((unit) => h('tr', { 'data-unit': unit.unitCode, class: unit.status === 'LATE' ? 'late' : null },
        COLUMNS.map(([key, , format]) => (key === 'unitName'
          ? h('th', { scope: 'row' }, unit.unitName)
          : h('td', { class: TEXT_COLUMNS.includes(key) ? null : 'number' }, format(unit[key], unit))))))))));
}

export async function render({ query, navigate }) {
  const root = h('div', { class: 'dashboard' }, h('h1', {}, t('progress.title')));
  let directives;
  try {
    directives = (await graphql(DIRECTIVES)).directives.edges.map((edge) => edge.node);
  } catch (error) {
    root.append(problem(error));
    return root;
  }
  if (!directives.length) {
    root.append(h('p', {}, t('progress.none')));
    return root;
  }
  const directiveId = query.get('directive') || directives[0].id;
  const state = {
    sortKey: query.get('sort') || 'statusRank',
    direction: query.get('dir') || 'desc',
    status: query.get('status') || '',
  };
  const params = (changes) => {
    const next = new URLSearchParams(query);
    next.set('directive', directiveId);
    Object.entries(changes).forEach(([name, value]) => (value ? next.set(name, value) : next.delete(name)));
    return next;
  };
  const link = (changes) => `#/directive-progress?${params(changes)}`;
  const go = (changes) => navigate('directive-progress', params(changes), true);
  const chooser = select('directive', directives.map((directive) =>
    [directive.id, `${directive.number} — ${directive.title} (${formatDate(directive.issuedOn)})`]), directiveId);
  const form = h('form', { class: 'filters' }, field(t('progress.directive'), chooser), h('button', { type: 'submit' }, t('progress.show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate('directive-progress', new URLSearchParams({ directive: chooser.value }), true);
  });
  root.append(form);
  try {
    const progress = (await graphql(PROGRESS, { id: directiveId })).directiveProgress;
    const chosen = progress.tasks.find((row) => row.task.id === query.get('task')) || progress.tasks[0];
    root.append(
      h('p', { class: 'as-of' }, `${progress.directive.issuer} · `, t('progress.asOf', formatDate(progress.asOf))),
      h('section', { 'aria-labelledby': 'tasks-title' },
        h('h2', { id: 'tasks-title' }, `${progress.directive.number} — ${progress.directive.title}`),
        chosen ? summary(progress.tasks, chosen.task.id, link) : h('p', {}, t('progress.noTasks'))),
      chosen ? unitTable(chosen, { ...state, go }) : null);
  } catch (error) {
    root.append(problem(error));
  }
  return root;
}
