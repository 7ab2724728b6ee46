// Registering a petition (tiếp nhận đơn): one petition per kind; the receipts go to the citizen.
import { graphql } from '../api.js';
import { checkbox, field, h, select } from '../dom.js';
import { t } from '../i18n.js';
import { clearFormError, dateInput, enumOptions, readDate, showFormError } from './common.js';
import { peopleFields, receiptList } from './people.js';

const RECEIVE = `mutation Receive($input: ReceivePetitionInput!) {
  receivePetition(input: $input) {
    petitions { id trackingCode kind }
    receipts { kind trackingCode secret }
  }
}`;

export async function render() {
  const kinds = h('fieldset', { class: 'kinds' }, h('legend', {}, t('register.kinds')),
    enumOptions('PetitionKind').map(([value, text]) => checkbox(text, `kind-${value}`)));
  const people = peopleFields('register.petitioner', 'register.removePetitioner');
  const errors = h('div');
  const result = h('div', { role: 'status' });
  const form = h('form', { class: 'card register' },
    kinds,
    field(t('register.channel'), select('channel', enumOptions('PetitionChannel'), 'IN_PERSON')),
    field(t('register.subject'), h('input', { type: 'text', name: 'subject', maxlength: 500 })),
    field(t('register.matter'), h('textarea', { name: 'matter', rows: 5 })),
    field(t('register.receivedOn'), dateInput('receivedOn')),
    people.element,
    people.addButton(t('register.addPetitioner')),
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
        petitioners: people.read(),
        groupSize: form.elements.groupSize.value ? Number(form.elements.groupSize.value) : undefined,
        remoteArea: form.elements.remoteArea.checked || undefined,
        severalSites: form.elements.severalSites.checked || undefined,
      };
      const data = await graphql(RECEIVE, { input });
      clearFormError(form, errors);
      form.reset();
      people.reset();
      const { petitions, receipts } = data.receivePetition;
      result.replaceChildren(receiptList(t('register.done'), petitions, receipts));
      result.querySelector('a')?.focus();
    } catch (error) {
      showFormError(form, errors, error);
    }
  });
  return h('div', {}, h('h1', {}, t('register.title')), result, form);
}
