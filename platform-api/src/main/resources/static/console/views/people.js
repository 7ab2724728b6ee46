// The people a petition or a register entry names: a fieldset each, more on request, and the
// receipts the citizen takes home.
import { checkbox, field, h } from '../dom.js';
import { label, t } from '../i18n.js';
import { textOrNothing } from './common.js';

function personFieldset(legend, remove, index, onRemove) {
  const set = h('fieldset', { class: 'person' }, h('legend', {}, t(legend, index + 1)),
    field(t('register.fullName'), h('input', { type: 'text', name: 'fullName', autocomplete: 'name' })),
    field(t('register.address'), h('input', { type: 'text', name: 'address', autocomplete: 'street-address' })),
    field(t('register.phone'), h('input', { type: 'tel', name: 'phone', autocomplete: 'tel' })),
    field(t('register.nationalId'), h('input', { type: 'text', name: 'nationalId', inputmode: 'numeric' })),
    checkbox(t('register.representative'), 'representative'));
  if (index > 0) {
    set.append(h('button', { type: 'button', class: 'link', onclick: () => onRemove(set) }, t(remove, index + 1)));
  }
  return set;
}

/**
 * One fieldset per person, the first always there; `legend` and `remove` are the keys of their
 * numbered headings. `read()` gives the people as the API's inputs take them.
 */
export function peopleFields(legend, remove) {
  const element = h('div', { class: 'people-fields' });
  const renumber = () => [...element.children].forEach((set, index) => {
    set.querySelector('legend').textContent = t(legend, index + 1);
  });
  const add = () => {
    const set = personFieldset(legend, remove, element.children.length, (removed) => { removed.remove(); renumber(); });
    element.append(set);
    return set;
  };
  add();
  return {
    element,
    reset: () => {
      element.replaceChildren();
      add();
    },
    addButton: (text) => h('button', { type: 'button', onclick: () => add().querySelector('input').focus() }, text),
    read: () => [...element.children].map((set) => ({
      fullName: set.querySelector('[name=fullName]').value.trim(),
      address: textOrNothing(set.querySelector('[name=address]').value),
      phone: textOrNothing(set.querySelector('[name=phone]').value),
      nationalId: textOrNothing(set.querySelector('[name=nationalId]').value),
      representative: set.querySelector('[name=representative]').checked || undefined,
    })),
  };
}

/** The receipts of petitions just created, each a link to its petition. */
export function receiptList(heading, petitions, receipts) {
  return h('div', { class: 'receipt' },
    h('p', {}, h('strong', {}, heading)),
    h('ul', {}, receipts.map((receipt) => {
      const petition = petitions.find((candidate) => candidate.trackingCode === receipt.trackingCode)
        || petitions.find((candidate) => candidate.kind === receipt.kind);
      return h('li', {}, `${label('PetitionKind', receipt.kind)}: `,
        h('a', { href: `#/petitions/${encodeURIComponent(petition.id)}` },
          t('register.receipt', receipt.trackingCode, receipt.secret)));
    })));
}
