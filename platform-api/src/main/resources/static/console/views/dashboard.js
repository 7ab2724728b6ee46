// The city supervisor's overview: unit scorecards (sortable, exportable), the units with the
// most overdue cases, month-by-month trends, and the overdue cases themselves, all PII-free.
import { download, graphql } from '../api.js';
import { barChart, lineChart } from '../charts.js';
import { field, h, select } from '../dom.js';
import { formatDate, formatMonth, formatNumber, formatPercent, label, t } from '../i18n.js';
import { enumOptions, problem, sortHeader, sortedUnits } from './common.js';

const OVERDUE_CASES = `fragment OverdueCases on OverdueCaseConnection {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id unitCode unitName kind state receivedOn dueOn daysOverdue } }
}`;

const QUERY = `query Overview($period: OversightPeriodInput!, $kind: UnitKind) {
  oversight(period: $period, kind: $kind) {
    from to asOf
    scorecards { rank unitCode unitName unitKind received openBacklog overdue resolved
      onTimeRate medianDaysToResolve satisfactionMean onlineShare }
    trend { month received resolved onTimeRate }
    overdueCases(first: 50) { ...OverdueCases }
  }
} ${OVERDUE_CASES}`;

const MORE_OVERDUE = `query MoreOverdue($period: OversightPeriodInput!, $kind: UnitKind, $after: String) {
  oversight(period: $period, kind: $kind) { overdueCases(first: 50, after: $after) { ...OverdueCases } }
} ${OVERDUE_CASES}`;

/** Columns: key in the scorecard, heading, how to show it, and the API's order for exports. */
const COLUMNS = [
  ['rank', 'sc.rank', String, null],
  ['unitCode', 'sc.code', String, 'UNIT_CODE'],
  ['unitName', 'sc.unit', String, null],
  ['unitKind', 'sc.kind', (value) => label('UnitKind', value), null],
  ['received', 'sc.received', formatNumber, 'RECEIVED'],
  ['openBacklog', 'sc.backlog', formatNumber, 'OPEN_BACKLOG'],
  ['overdue', 'sc.overdue', formatNumber, 'OVERDUE'],
  ['resolved', 'sc.resolved', formatNumber, null],
  ['onTimeRate', 'sc.onTime', formatPercent, 'ON_TIME_RATE'],
  ['medianDaysToResolve', 'sc.median', (value) => formatNumber(value, 1), 'MEDIAN_DAYS_TO_RESOLVE'],
  ['satisfactionMean', 'sc.satisfaction', (value) => formatNumber(value, 2), 'SATISFACTION'],
  ['onlineShare', 'sc.online', formatPercent, 'ONLINE_SHARE'],
];
const TEXT_COLUMNS = ['unitCode', 'unitName', 'unitKind', 'rank'];

function monthOf(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** MM/yyyy → yyyy-MM, or null. */
function parseMonth(text) {
  const match = /^(\d{1,2})\/(\d{4})$/.exec((text || '').trim());
  if (!match || Number(match[1]) < 1 || Number(match[1]) > 12) return null;
  return `${match[2]}-${match[1].padStart(2, '0')}`;
}

function scorecardTable(cards, sortKey, direction, onSort) {
  return h('table', { class: 'scorecards' },
    h('caption', { class: 'visually-hidden' }, t('dashboard.scorecards', cards.length)),
    h('thead', {}, h('tr', {}, COLUMNS.map(([key, heading]) =>
      sortHeader(key, t(heading), !TEXT_COLUMNS.includes(key), { sortKey, direction, onSort })))),
    h('tbody', {}, cards.map((card) => h('tr', { 'data-unit': card.unitCode, class: card.overdue > 0 ? 'has-overdue' : null },
      COLUMNS.map(([key, , format]) => (key === 'unitName'
        ? h('th', { scope: 'row' }, card.unitName)
        : h('td', { class: TEXT_COLUMNS.includes(key) ? null : 'number' }, format(card[key]))))))));
}

function overdueRows(connection) {
  return connection.edges.map(({ node }) => h('tr', {},
    h('td', {}, `${node.unitName} (${node.unitCode})`),
    h('td', {}, label('PetitionKind', node.kind)),
    h('td', {}, label('PetitionState', node.state)),
    h('td', {}, formatDate(node.receivedOn)),
    h('td', {}, formatDate(node.dueOn)),
    h('td', { class: 'number' }, h('span', { class: 'badge overdue' }, formatNumber(node.daysOverdue)))));
}

/** The overdue cases, page after page on request. */
function overdueTable(first, loadAfter) {
  const body = h('tbody', {}, overdueRows(first));
  const more = h('button', { type: 'button', class: 'more', hidden: !first.pageInfo.hasNextPage }, t('more'));
  let cursor = first.pageInfo.endCursor;
  more.addEventListener('click', async () => {
    const page = await loadAfter(cursor);
    body.append(...overdueRows(page));
    cursor = page.pageInfo.endCursor;
    more.hidden = !page.pageInfo.hasNextPage;
  });
  return [h('div', { class: 'scroll' }, h('table', { class: 'overdue-cases' },
    h('caption', { class: 'visually-hidden' }, t('dashboard.overdueList', first.totalCount)),
    h('thead', {}, h('tr', {}, ['sc.unit', 'col.kind', 'col.state', 'col.received', 'oc.due', 'oc.daysOverdue']
      .map((key) => h('th', { scope: 'col' }, t(key))))),
    body)), more];
}

export async function render({ query, navigate }) {
  const now = new Date();
  const from = query.get('from') || monthOf(new Date(now.getFullYear(), now.getMonth() - 11, 1));
  const to = query.get('to') || monthOf(now);
  const kind = query.get('kind') || '';
  // The API's own ranking (most overdue first) until the person sorts by a column.
  const sortKey = query.get('sort') || 'rank';
  const direction = query.get('dir') || (TEXT_COLUMNS.includes(sortKey) ? 'asc' : 'desc');

  const fromInput = h('input', { type: 'text', name: 'from', value: formatMonth(from), placeholder: 'mm/yyyy', pattern: '\\d{1,2}/\\d{4}' });
  const toInput = h('input', { type: 'text', name: 'to', value: formatMonth(to), placeholder: 'mm/yyyy', pattern: '\\d{1,2}/\\d{4}' });
  const kindSelect = select('kind', enumOptions('UnitKind', true), kind);
  const state = (changes) => {
    const next = new URLSearchParams({ from, to, sort: sortKey, dir: direction });
    if (kind) next.set('kind', kind);
    Object.entries(changes).forEach(([name, value]) => (value ? next.set(name, value) : next.delete(name)));
    return next;
  };
  const form = h('form', { class: 'filters' },
    field(`${t('dashboard.from')} (mm/yyyy)`, fromInput),
    field(`${t('dashboard.to')} (mm/yyyy)`, toInput),
    field(t('dashboard.unitKind'), kindSelect),
    h('button', { type: 'submit' }, t('filter')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate('dashboard', state({
      from: parseMonth(fromInput.value) || from, to: parseMonth(toInput.value) || to, kind: kindSelect.value,
    }), true);
  });

  const root = h('div', { class: 'dashboard' }, h('h1', {}, t('dashboard.title')), form);
  let data;
  try {
    data = (await graphql(QUERY, { period: { from, to }, kind: kind || null })).oversight;
  } catch (error) {
    root.append(problem(error));
    return root;
  }

  const cards = sortedUnits(data.scorecards, sortKey, direction);
  const onSort = (key) => {
    const nextDirection = key === sortKey
      ? (direction === 'asc' ? 'desc' : 'asc')
      : (TEXT_COLUMNS.includes(key) ? 'asc' : 'desc');
    navigate('dashboard', state({ sort: key, dir: nextDirection }), true);
  };

  const exportStatus = h('p', { role: 'status', class: 'done' });
  const exportQuery = (extra) => {
    const parameters = new URLSearchParams({ from, to, ...extra });
    if (kind) parameters.set('kind', kind);
    return parameters;
  };
  const order = COLUMNS.find(([key]) => key === sortKey)?.[3];
  const exportButton = (text, path) => h('button', {
    type: 'button',
    onclick: async () => {
      try {
        exportStatus.textContent = t('dashboard.exported', await download(path));
      } catch (error) {
        exportStatus.replaceChildren(problem(error));
      }
    },
  }, text);
  const scorecardOrder = order ? { orderBy: order, direction: direction.toUpperCase() } : {};

  const ranking = data.scorecards.filter((card) => card.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.unitCode.localeCompare(b.unitCode)).slice(0, 15);
  const months = data.trend.map((point) => formatMonth(point.month.slice(0, 7)));

  root.append(
    h('p', { class: 'as-of' }, t('dashboard.asOf', formatDate(data.asOf))),
    h('section', { 'aria-labelledby': 'scorecards-title' },
      h('div', { class: 'heading' },
        h('h2', { id: 'scorecards-title' }, t('dashboard.scorecards', cards.length)),
        h('div', { class: 'buttons' },
          exportButton(t('dashboard.exportCsv'), `/api/oversight/scorecards.csv?${exportQuery(scorecardOrder)}`),
          exportButton(t('dashboard.exportXlsx'), `/api/oversight/scorecards.xlsx?${exportQuery(scorecardOrder)}`),
          exportButton(t('dashboard.exportStats'), `/api/oversight/statistics.xlsx?${exportQuery({ groupBy: 'UNIT,KIND,MONTH' })}`))),
      exportStatus,
      h('div', { class: 'scroll tall' }, scorecardTable(cards, sortKey, direction, onSort))),
    h('div', { class: 'charts' },
      h('section', { 'aria-labelledby': 'ranking-title' },
        h('h2', { id: 'ranking-title' }, t('dashboard.ranking')),
        barChart(ranking.map((card) => ({ label: card.unitName, value: card.overdue })), {
          title: t('dashboard.ranking'),
          description: ranking.map((card) => `${card.unitName}: ${card.overdue}`).join('; '),
          format: formatNumber,
        })),
      h('section', { 'aria-labelledby': 'trend-title' },
        h('h2', { id: 'trend-title' }, t('dashboard.trend')),
        lineChart(months, [
          { name: t('dashboard.trendReceived'), values: data.trend.map((point) => point.received), tone: 'received' },
          { name: t('dashboard.trendResolved'), values: data.trend.map((point) => point.resolved), tone: 'resolved' },
        ], {
          title: t('dashboard.trend'),
          description: data.trend.map((point, index) => `${months[index]}: ${point.received} / ${point.resolved}`).join('; '),
          format: (value) => formatNumber(value),
        }),
        h('h2', {}, t('dashboard.onTime')),
        lineChart(months, [
          { name: t('sc.onTime'), values: data.trend.map((point) => point.onTimeRate), tone: 'rate' },
        ], {
          title: t('dashboard.onTime'),
          description: data.trend.map((point, index) => `${months[index]}: ${formatPercent(point.onTimeRate)}`).join('; '),
          max: 1,
          format: formatPercent,
        }))),
    h('section', { 'aria-labelledby': 'overdue-title' },
      h('h2', { id: 'overdue-title' }, t('dashboard.overdueList', data.overdueCases.totalCount)),
      overdueTable(data.overdueCases, async (after) =>
        (await graphql(MORE_OVERDUE, { period: { from, to }, kind: kind || null, after })).oversight.overdueCases)));
  return root;
}
