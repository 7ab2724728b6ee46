// A plain GraphQL editor for integrators: works offline, with the console's own sign-in.
import { graphql, graphqlRaw } from '../api.js';
import { field, h } from '../dom.js';
import { t } from '../i18n.js';

const ROOTS = `{ __schema {
  queryType { fields { name description } }
  mutationType { fields { name description } }
} }`;

export async function render() {
  const queryBox = h('textarea', { name: 'query', rows: 14, spellcheck: 'false', class: 'code' });
  queryBox.value = sessionStorage.getItem('danvan.explorer') || '{\n  me { subject name roles unit { code name } }\n}\n';
  const variablesBox = h('textarea', { name: 'variables', rows: 4, spellcheck: 'false', class: 'code' });
  const output = h('pre', { class: 'code result', tabindex: 0, 'aria-live': 'polite' });
  const run = async () => {
    sessionStorage.setItem('danvan.explorer', queryBox.value);
    let variables = {};
    try {
      variables = variablesBox.value.trim() ? JSON.parse(variablesBox.value) : {};
    } catch {
      output.textContent = t('explorer.badVariables');
      return;
    }
    const { status, text } = await graphqlRaw(queryBox.value, variables);
    try {
      output.textContent = `HTTP ${status}\n${JSON.stringify(JSON.parse(text), null, 2)}`;
    } catch {
      output.textContent = `HTTP ${status}\n${text}`;
    }
  };
  const form = h('form', { class: 'explorer' },
    field(t('explorer.query'), queryBox),
    field(t('explorer.variables'), variablesBox),
    h('button', { type: 'submit', class: 'primary' }, t('explorer.run')));
  form.addEventListener('submit', (event) => { event.preventDefault(); run(); });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
  });
  let reference = null;
  try {
    const schema = (await graphql(ROOTS)).__schema;
    const list = (type, fields) => h('details', {}, h('summary', {}, type),
      h('dl', {}, (fields || []).map((rootField) => [h('dt', {}, h('code', {}, rootField.name)), h('dd', {}, rootField.description || '')])));
    reference = h('section', { class: 'reference' }, h('h2', {}, t('explorer.fields')),
      list('Query', schema.queryType.fields), list('Mutation', schema.mutationType?.fields));
  } catch { /* introspection needs sign-in; the editor works without the list */ }
  return h('div', {}, h('h1', {}, t('explorer.title')), h('p', {}, t('explorer.lead')),
    h('div', { class: 'columns' }, h('div', {}, form, h('h2', {}, t('explorer.result')), output), reference));
}
