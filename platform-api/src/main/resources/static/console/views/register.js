// Registering a petition (tiếp nhận đơn): one petition per kind; the receipts go to the citizen.
import { graphql } from '../api.js';
import { checkbox, field, h, select } from '../dom.js';
import { label, t } from '../i18n.js';
import { dateInput, enumOptions, readDate, showFormError, textOrNothing } from './common.js';

const RECEIVE = `mutation Receive($input: ReceivePetitionInput!) {
  receivePetition(input: $input) {
    petitions { id trackingCode kind }
    receipts { kind trackingCode secret }
  }
}`;

function petitionerFieldset(index, onRemove) {
  const legend = h('legend', {}, t('register.petitioner', index + 1));
  const set = h('fieldset', { class: 'petitioner' }, legend,
    field(t('register.fullName'), h('input', { type: 'text', name: 'fullName', autocomplete: 'name' })),
    field(t('register.address'), h('input', { type: 'text', name: 'address', autocomplete: 'street-address' })),
    field(t('register.phone'), h('input', { type: 'tel', name: 'phone', autocomplete: 'tel' })),
    field(t('register.nationalId'), h('input', { type: 'text', name: 'nationalId', inputmode: 'numeric' })),
    checkbox(t('register.representative'), 'representative'));
  if (index > 0) {
    set.append(h('button', { type: 'button', class: 'link', onclick: () => onRemove(set) }, t('register.removePetitioner', index + 1)));
  }
  return set;
}

export async function render() {
  const kinds = h('fieldset', { class: 'kinds' }, h('legend', {}, t('register.kinds')),
    enumOptions('PetitionKind').map(([value, text]) => checkbox(text, `kind-${value}`)));
  const people = h('div', { class: 'people-fields' });
  const renumber = () => [...people.children].forEach((set, index) => {
    set.querySelector('legend').textContent = t('register.petitioner', index + 1);
  });
  const addPerson = () => {
    const set = petitionerFieldset(people.children.length, (removed) => { removed.remove(); renumber(); });
    people.append(set);
    return set;
  };
  addPerson();
  const errors = h('div');
  const result = h('div', { role: 'status' });
  const form = h('form', { class: 'card register' },
    kinds,
    field(t('register.channel'), select('channel', enumOptions('PetitionChannel'), 'IN_PERSON')),
    field(t('register.subject'), h('input', { type: 'text', name: 'subject', maxlength: 500 })),
    field(t('register.matter'), h('textarea', { name: 'matter', rows: 5 })),
    field(t('register.receivedOn'), dateInput('receivedOn')),
    people,
    h('button', { type: 'button', onclick: () => addPerson().querySelector('input').focus() }, t('register.addPetitioner')),
    field(t('register.groupSize'), h('input', { type: 'number', name: 'groupSize', min: 1 })),
    checkbox(t('form.remoteArea'), 'remoteArea'),
    checkbox(t('form.severalSites'), 'severalSites'),
    errors,
    h('button', { type: 'submit', class: 'primary' }, t('register.submit')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    result.replaceChildren();
    try {
      const chosen = enumOptions('PetitionKind').map(([value]) => value).filter((value) => form.elements[`kind-${value}`].checked);
      if (!chosen.length) {
        throw Object.assign(new Error(t('register.kindsRequired')), {
          code: 'BAD_USER_INPUT', errors: [{ message: t('register.kindsRequired') }], control: form.elements[`kind-${enumOptions('PetitionKind')[0][0]}`],
        });
      }
      const input = {
        kinds: chosen,
        channel: form.elements.channel.value,
        subject: form.elements.subject.value.trim(),
        matter: form.elements.matter.value.trim(),
        receivedOn: readDate(form, 'receivedOn'),
        petitioners: [...people.children].map((set) => ({
          fullName: set.querySelector('[name=fullName]').value.trim(),
          address: textOrNothing(set.querySelector('[name=address]').value),
          phone: textOrNothing(set.querySelector('[name=phone]').value),
          nationalId: textOrNothing(set.querySelector('[name=nationalId]').value),
          representative: set.querySelector('[name=representative]').checked || undefined,
        })),
        groupSize: form.elements.groupSize.value ? Number(form.elements.groupSize.value) : undefined,
        remoteArea: form.elements.remoteArea.checked || undefined,
        severalSites: form.elements.severalSites.checked || undefined,
      };
      const data = await graphql(RECEIVE, { input });
      errors.replaceChildren();
      form.reset();
      result.replaceChildren(h('div', { class: 'receipt' },
        h('p', {}, h('strong', {}, t('register.done'))),
        h('ul', {}, data.receivePetition.receipts.map((receipt) => {
          const { petitions } = data.receivePetition;
          const petition = petitions.find((candidate) => candidate.trackingCode === receipt.trackingCode)
            || petitions.find((candidate) => candidate.kind === receipt.kind);
          return h('li', {}, `${label('PetitionKind', receipt.kind)}: `,
            h('a', { href: `#/petitions/${encodeURIComponent(petition.id)}` },
              t('register.receipt', receipt.trackingCode, receipt.secret)));
        }))));
      result.querySelector('a')?.focus();
    } catch (error) {
      showFormError(form, errors, error);
    }
  });
  return h('div', {}, h('h1', {}, t('register.title')), result, form);
}
