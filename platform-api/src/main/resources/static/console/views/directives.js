// The unit's directive tasks: accept an assignment, report progress.
import { graphql } from '../api.js';
import { field, h, show } from '../dom.js';
import { formatDate, formatDateTime, label, t } from '../i18n.js';
import { problem, showFormError } from './common.js';

const ASSIGNMENTS = `{ directiveAssignments(first: 100) { edges { node {
  id status percent dueOn nextReportDueOn missedReports acceptedAt
  task { directiveNumber title description recurrence }
  reports { periodStart periodEnd percent narrative state submittedAt returnComment }
} } } }`;

function reportForm(assignment, reload) {
  const errors = h('div');
  const form = h('form', { class: 'inline-form', 'aria-label': `${t('directives.report')}: ${assignment.task.title}` },
    field(t('directives.percent'), h('input', { type: 'number', name: 'percent', min: 0, max: 100, value: assignment.percent })),
    field(t('directives.narrative'), h('textarea', { name: 'narrative', rows: 2 })),
    errors,
    h('button', { type: 'submit', class: 'primary' }, t('directives.report')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await graphql(`mutation Report($input: DirectiveReportInput!) { reportDirectiveProgress(input: $input) { id } }`, {
        input: { assignmentId: assignment.id, percent: Number(form.elements.percent.value), narrative: form.elements.narrative.value.trim() },
      });
      reload(t('directives.reported'));
    } catch (error) {
      showFormError(form, errors, error);
    }
  });
  return form;
}

function card(assignment, reload) {
  const { task } = assignment;
  const accept = async () => {
    try {
      await graphql('mutation Accept($id: ID!) { acceptDirectiveAssignment(id: $id) { id } }', { id: assignment.id });
      reload(t('detail.done'));
    } catch (error) {
      reload(null, error);
    }
  };
  return h('article', { class: `card task status-${assignment.status.toLowerCase()}` },
    h('h2', {}, `${task.directiveNumber} — ${task.title}`),
    h('p', {}, task.description),
    h('p', { class: 'meta' },
      h('span', { class: `badge ${assignment.status === 'LATE' ? 'overdue' : 'ok'}` }, label('DirectiveTaskStatus', assignment.status)),
      ` ${label('DirectiveRecurrence', task.recurrence)} · ${t('directives.due', formatDate(assignment.dueOn))}`,
      assignment.nextReportDueOn ? ` · ${t('directives.nextReport', formatDate(assignment.nextReportDueOn))}` : '',
      assignment.missedReports ? ` · ${t('directives.missed', assignment.missedReports)}` : ''),
    h('label', {}, `${t('directives.percent')}: `,
      h('progress', { max: 100, value: assignment.percent }, `${assignment.percent}%`), ` ${assignment.percent}%`),
    assignment.reports.length ? h('details', {}, h('summary', {}, t('directives.reports')),
      h('ul', {}, assignment.reports.map((report) => h('li', {},
        `${formatDate(report.periodStart)}–${formatDate(report.periodEnd)}: ${report.percent}% — ${report.narrative} (${formatDateTime(report.submittedAt)})`,
        report.returnComment ? h('div', { class: 'error' }, report.returnComment) : null)))) : null,
    assignment.acceptedAt
      ? (assignment.status === 'DONE' ? null : reportForm(assignment, reload))
      : h('button', { type: 'button', class: 'primary', onclick: accept }, t('directives.accept')));
}

export async function render() {
  const root = h('div', {});
  const status = h('p', { role: 'status', class: 'done' });
  const draw = async (message, error) => {
    status.textContent = message || '';
    try {
      const assignments = (await graphql(ASSIGNMENTS)).directiveAssignments.edges.map((edge) => edge.node);
      show(root, h('h1', {}, t('directives.title')), status, error ? problem(error) : null,
        assignments.length ? assignments.map((assignment) => card(assignment, draw)) : h('p', {}, t('directives.empty')));
    } catch (failure) {
      root.replaceChildren(h('h1', {}, t('directives.title')), problem(failure));
    }
  };
  await draw();
  return root;
}
