// Sign-in: demo users under the embedded default, single sign-on (PKCE) in production.
import { devSignIn, devUsers, oidcSignIn, signInMode } from '../auth.js';
import { field, h } from '../dom.js';
import { label, t } from '../i18n.js';

export async function render({ onSignedIn }) {
  if (signInMode() === 'oidc') {
    return h('section', { class: 'signin' },
      h('h1', {}, t('signIn.title')),
      h('p', {}, t('signIn.ssoLead')),
      h('button', { type: 'button', class: 'primary', onclick: () => oidcSignIn() }, t('signIn.sso')));
  }
  const users = await devUsers();
  const error = h('div', { role: 'alert' });
  const choice = h('select', { name: 'user' },
    users.map((user) => h('option', { value: user.username },
      `${user.name} — ${label('Role', user.role.toUpperCase().replace(/-/g, '_'))}${user.unit ? ` (${user.unit})` : ''} · ${user.username}`)));
  const other = h('input', { type: 'text', name: 'other', placeholder: 'officer.00082', autocomplete: 'username' });
  const form = h('form', {
    class: 'card',
    onsubmit: async (event) => {
      event.preventDefault();
      const username = other.value.trim() || choice.value;
      try {
        await devSignIn(username);
        onSignedIn();
      } catch (failure) {
        error.replaceChildren(h('p', { class: 'error' }, t('signIn.failed', failure.message)));
      }
    },
  },
  field(t('signIn.user'), choice),
  field(t('signIn.other'), other),
  error,
  h('button', { type: 'submit', class: 'primary' }, t('signIn.submit')));
  return h('section', { class: 'signin' }, h('h1', {}, t('signIn.title')), h('p', {}, t('signIn.dev')), form);
}
