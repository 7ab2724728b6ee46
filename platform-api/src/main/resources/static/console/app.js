// The staff console: a hash router over views that each ask /graphql for what they show.
import { graphql } from './api.js';
import { completeOidcSignIn, forget, loadConfig, session, signOut } from './auth.js';
import { h, show } from './dom.js';
import { currentLanguage, label, setLanguage, t } from './i18n.js';
import { onPetitionEvent, startLive, stopLive } from './live.js';
import { problem } from './views/common.js';
import * as dashboard from './views/dashboard.js';
import * as directives from './views/directives.js';
import * as explorer from './views/explorer.js';
import * as inbox from './views/inbox.js';
import * as leader from './views/leader.js';
import * as petition from './views/petition.js';
import * as progress from './views/progress.js';
import * as receptionRegister from './views/reception-register.js';
import * as receptions from './views/receptions.js';
import * as register from './views/register.js';
import * as signin from './views/signin.js';

const STAFF = ['UNIT_OFFICER', 'UNIT_LEADER'];
const CITY = ['CITY_SUPERVISOR'];

/** Screens: path, view, who sees it in the menu (and may open it). */
const ROUTES = [
  { path: 'inbox', view: inbox, nav: 'nav.inbox', roles: STAFF },
  { path: 'register', view: register, nav: 'nav.register', roles: STAFF },
  { path: 'leader', view: leader, nav: 'nav.leader', roles: ['UNIT_LEADER'] },
  { path: 'receptions', view: receptions, nav: 'nav.receptions', roles: STAFF },
  { path: 'reception-register', view: receptionRegister, nav: 'nav.receptionRegister', roles: STAFF },
  { path: 'directives', view: directives, nav: 'nav.directives', roles: STAFF },
  { path: 'dashboard', view: dashboard, nav: 'nav.dashboard', roles: CITY },
  { path: 'directive-progress', view: progress, nav: 'nav.progress', roles: CITY },
  { path: 'explorer', view: explorer, nav: 'nav.explorer', roles: null },
  { path: 'petitions', view: petition, roles: STAFF },
];

let me = null;
const main = document.getElementById('main');

function parseHash() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, ...rest] = path.split('/');
  return { name, params: rest.map(decodeURIComponent), query: new URLSearchParams(query) };
}

/** Changes the hash without adding a history entry for every keystroke of a filter. */
export function navigate(path, query, replace = false) {
  const text = query && [...query].length ? `#/${path}?${query}` : `#/${path}`;
  if (replace) {
    history.replaceState(null, '', text);
    route();
  } else {
    location.hash = text;
  }
}

function allowed(entry) {
  return !entry.roles || entry.roles.some((role) => me.roles.includes(role));
}

function home() {
  if (me.roles.some((role) => STAFF.includes(role))) return 'inbox';
  if (me.roles.some((role) => CITY.includes(role))) return 'dashboard';
  return 'explorer';
}

function renderChrome() {
  document.title = `danvan — ${t('app.title')}`;
  document.querySelector('.skip-link').textContent = t('skip');
  document.getElementById('lang-label').textContent = t('lang');
  document.getElementById('lang').value = currentLanguage();
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('nav.main'));
  const who = document.getElementById('who');
  if (!me) {
    show(nav);
    show(who);
    return;
  }
  const current = parseHash().name;
  show(nav, h('ul', {}, ROUTES.filter((entry) => entry.nav && allowed(entry)).map((entry) =>
    h('li', {}, h('a', {
      href: `#/${entry.path}`,
      'aria-current': entry.path === current ? 'page' : null,
    }, t(entry.nav))))));
  show(who,
    h('span', { class: 'me' }, me.name || me.subject,
      me.unit ? ` · ${me.unit.name}` : '', ' · ', me.roles.map((role) => label('Role', role)).join(', ')),
    h('button', {
      type: 'button',
      class: 'link',
      onclick: () => {
        stopLive();
        me = null;
        if (!signOut()) navigate('signin');
      },
    }, t('signOut')));
}

async function route() {
  const { name, params, query } = parseHash();
  if (!session()) {
    me = null;
    renderChrome();
    if (name !== 'signin') return navigate('signin', null, true);
    return show(main, await signin.render({ onSignedIn }));
  }
  if (!me) {
    try {
      me = (await graphql('{ me { subject name roles unit { code name } } }')).me;
    } catch (error) {
      renderChrome();
      return show(main, problem(error));
    }
    if (me.roles.some((role) => STAFF.includes(role))) startLive();
  }
  const entry = ROUTES.find((candidate) => candidate.path === name);
  if (!entry) return navigate(home(), null, true);
  renderChrome();
  if (!allowed(entry)) return show(main, h('h1', {}, t('error')), h('p', { role: 'alert' }, t('notAllowed')));
  show(main, h('p', { class: 'loading' }, t('loading')));
  const view = await entry.view.render({ params, query, me, navigate });
  // The person may have gone elsewhere while this view was loading.
  if (parseHash().name === name) {
    show(main, view);
    const heading = main.querySelector('h1');
    if (heading) heading.tabIndex = -1;
  }
}

function onSignedIn() {
  me = null;
  navigate('', null, true);
}

function toast(text) {
  const box = document.getElementById('live');
  box.textContent = text;
  box.classList.add('shown');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => box.classList.remove('shown'), 8000);
}

onPetitionEvent((notice) => {
  toast(notice.fromState ? t('live.changed') : t('live.new'));
  window.dispatchEvent(new CustomEvent('danvan:petition-event', { detail: notice }));
});

window.addEventListener('danvan:signed-out', () => {
  stopLive();
  me = null;
  forget();
  navigate('signin', null, true);
});

document.getElementById('lang').addEventListener('change', (event) => {
  setLanguage(event.target.value);
  route();
});

window.addEventListener('hashchange', () => {
  route();
  main.focus({ preventScroll: true });
});

async function start() {
  setLanguage(currentLanguage());
  await loadConfig();
  try {
    if (await completeOidcSignIn()) me = null;
  } catch (error) {
    show(main, h('p', { role: 'alert', class: 'error' }, t('signIn.failed', error.message)));
    return;
  }
  route();
}

start();
