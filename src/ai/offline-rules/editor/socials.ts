import { SOCIAL_LABELS } from '../../../site/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { isRecord, valueAt } from './context-values.ts';
import { ask, change } from './proposal.ts';

// Social profile links from "instagram.com/lunastudio", "@lunastudio on Instagram" or "our Instagram is
// lunastudio"; "remove our Facebook" takes a link away.

const NETWORK_WORDS: readonly [RegExp, string][] = [
  [/\b(instagram|insta|ig)\b/i, 'instagram'], [/\b(facebook|fb)\b/i, 'facebook'], [/\b(twitter|x\.com)\b|\bon x\b/i, 'x'],
  [/\blinked-?in\b/i, 'linkedin'], [/\byoutube\b/i, 'youtube'], [/\btik-?tok\b/i, 'tiktok'], [/\bpinterest\b/i, 'pinterest'], [/\bgithub\b/i, 'github'],
];
const HOSTS: Readonly<Record<string, string>> = { twitter: 'x', x: 'x', instagram: 'instagram', facebook: 'facebook', linkedin: 'linkedin', youtube: 'youtube', tiktok: 'tiktok', pinterest: 'pinterest', github: 'github' };
/** Networks whose profile addresses put an @ before the handle. */
const AT_HANDLES = new Set(['youtube', 'tiktok']);

export function editSocials({ prompt, context }: EditRequest): EditProposal {
  const current = valueAt(context, '/business/socials');
  const socials = isRecord(current) ? current : {};
  const url = /\b(?:https?:\/\/)?(?:www\.|m\.)?(instagram|facebook|twitter|x|linkedin|youtube|tiktok|pinterest|github)\.com\/([A-Za-z0-9_.@/%-]{1,200})/i.exec(prompt);
  const network = url !== null ? HOSTS[url[1]!.toLowerCase()]! : NETWORK_WORDS.find(([pattern]) => pattern.test(prompt))?.[1];
  if (network === undefined) return ask('Which social profile should I add? Paste the link, for example instagram.com/yourname.');
  const label = SOCIAL_LABELS[network] ?? network;
  if (url === null && /\b(remove|delete|drop|get rid of|no longer)\b/i.test(prompt)) {
    if (socials[network] === undefined) return ask(`There is no ${label} link to remove. Which link did you mean?`);
    return change(`Removed the ${label} link`, [{ op: 'remove', path: `/business/socials/${network}` }]);
  }
  let link: string | undefined;
  if (url !== null) {
    link = `https://${network === 'x' ? 'x' : url[1]!.toLowerCase()}.com/${url[2]!.replace(/[.,;!?]+$/, '').replace(/\/+$/, '')}`;
  } else {
    const handle = /@([A-Za-z0-9_.]{1,60}[A-Za-z0-9_])/.exec(prompt)?.[1] ?? /\b(?:is|:|handle|username)\s*@?([A-Za-z0-9_.]{2,60}[A-Za-z0-9_])\s*[.!]?$/i.exec(prompt)?.[1];
    if (handle !== undefined && network !== 'linkedin') link = `https://${network}.com/${AT_HANDLES.has(network) ? '@' : ''}${handle}`;
  }
  if (link === undefined) return ask(`What is the ${label} address? Paste the link to the profile, for example ${network}.com/yourname.`);
  if (socials[network] === link) return ask(`The ${label} link is already ${link}. Did you mean another profile?`);
  return change(`${label} → ${link}`, [{ op: 'add', path: `/business/socials/${network}`, value: link }]);
}
