import { lookupCity, lookupRegion } from '../../../composer/index.ts';
import type { PatchOperation } from '../../../patch/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { isRecord, valueAt, writeText } from './context-values.ts';
import { editHours } from './hours.ts';
import { ask, change, quoted } from './proposal.ts';
import { editSocials } from './socials.ts';
import { valueProblem } from './text-edits.ts';
import { cleanValue, newValue } from './values.ts';

// update_business_info: phone, email, address, hours, social links, and the name, tagline and description.
// Values are checked here so the person hears "that is not a phone number" rather than a schema error.

const REMOVE = /\b(remove|delete|clear|drop|get rid of|no longer have)\b/i;

export function editBusiness(request: EditRequest): EditProposal {
  switch (request.intent.target) {
    case 'phone': return setPhone(request);
    case 'email': return setEmail(request);
    case 'address': return setAddress(request);
    case 'hours': return editHours(request);
    case 'socials': return editSocials(request);
    case 'name': case 'tagline': case 'description': return setBusinessText(request, request.intent.target);
    default: return ask('Which business detail should change: phone, email, address, opening hours, social links, name, tagline or description?');
  }
}

function setPhone({ prompt }: EditRequest): EditProposal {
  if (REMOVE.test(prompt) && !/\d{3}/.test(prompt)) return change('Phone number removed', [{ op: 'replace', path: '/business/phone', value: '' }]);
  const candidates = prompt.match(/\+?\(?\d[\d\s().-]{5,}\d\)?/g) ?? [];
  const phone = candidates.map((candidate) => candidate.replace(/\s+/g, ' ').trim()).find((candidate) => {
    const digits = candidate.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15 && /^[+0-9 ().-]*$/.test(candidate) && candidate.length <= 40;
  });
  if (phone === undefined) {
    return ask('That does not look like a phone number I can use: write it with digits, spaces, +, -, ( and ) only, for example "+1 512 555 0147" or "(512) 555-0147".');
  }
  return change(`Phone → ${phone}`, [{ op: 'replace', path: '/business/phone', value: phone }]);
}

function setEmail({ prompt }: EditRequest): EditProposal {
  const email = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/.exec(prompt)?.[0]?.toLowerCase();
  if (email === undefined) {
    if (REMOVE.test(prompt)) return change('Email address removed', [{ op: 'replace', path: '/business/email', value: '' }]);
    return ask('Which email address should visitors use? Write it in full, for example hello@example.com.');
  }
  return change(`Email → ${email}`, [{ op: 'replace', path: '/business/email', value: email }]);
}

const ADDRESS_MARKER = /\b(?:moved to|moving to|move to|relocated to|address (?:is|to|as)|located at|based at|now at|find us at|new address(?: is)?)\b\s*:?\s*/i;
const POSTAL_CODE = /\b(\d{4,5}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/;

function setAddress(request: EditRequest): EditProposal {
  const { prompt } = request;
  const marker = ADDRESS_MARKER.exec(prompt);
  const text = marker !== null ? prompt.slice(marker.index + marker[0].length) : newValue(prompt)?.text;
  const parts = (text ?? '').replace(/[.!]+\s*$/, '').split(/\s*[,;\n]\s*/).map((part) => cleanValue(part, true)).filter((part) => part !== '');
  if (parts.length === 0) return ask('What is the new address? For example: "We moved to 42 Harbor Street, Lisbon".');
  const address = { street: '', city: '', region: '', postalCode: '', country: '' };
  if (/\d/.test(parts[0]!) || parts.length > 1 && lookupCity(parts[0]!) === undefined && lookupRegion(parts[0]!) === undefined) address.street = parts.shift()!;
  for (const part of parts) {
    const postal = POSTAL_CODE.exec(part);
    const rest = postal === null ? part : part.replace(postal[0], '').trim();
    if (postal !== null) address.postalCode = postal[1]!;
    if (rest === '' || !/^[\p{Lu}\d]/u.test(rest)) continue;
    const region = address.city !== '' ? lookupRegion(rest) : undefined;
    if (region !== undefined) Object.assign(address, region.region !== '' ? { region: region.region, country: region.country } : { country: region.country });
    else if (address.city === '') address.city = rest;
    else if (address.region === '') address.region = rest;
    else address.country = rest;
  }
  const known = address.city === '' ? undefined : lookupCity(address.city);
  if (known !== undefined && address.country === '') {
    address.country = known.country;
    if (address.region === '' && known.region.toLowerCase() !== address.city.toLowerCase()) address.region = known.region;
  }
  if (address.street === '' && address.city === '') return ask('What is the new address? Give the street and the city, for example "42 Harbor Street, Lisbon".');
  const current = valueAt(request.context, '/business/address');
  const value = isRecord(current) ? { ...current, ...address } : address;
  const shown = [address.street, address.city, address.region, address.postalCode, address.country].filter(Boolean).join(', ');
  return change(`Address → ${shown}`, [{ op: 'replace', path: '/business/address', value }]);
}

function setBusinessText(request: EditRequest, field: 'name' | 'tagline' | 'description'): EditProposal {
  const value = newValue(request.prompt);
  const label = field === 'name' ? 'Business name' : field === 'tagline' ? 'Tagline' : 'Business description';
  const problem = valueProblem(value?.text, label);
  if (problem !== undefined) return ask(problem);
  const text = cleanValue(value!.text, field !== 'description');
  const pointer = `/business/${field}`;
  const operation: PatchOperation = field === 'name' ? { op: 'replace', path: pointer, value: text } : writeText(pointer, valueAt(request.context, pointer), text, request.context.locale);
  return change(`${label} → ${quoted(text)}`, [operation]);
}
