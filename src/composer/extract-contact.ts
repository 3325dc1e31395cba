import { z } from 'zod';

// Phone numbers, email addresses and social profile links written in the description.

export interface ContactFacts {
  phone: string | undefined;
  email: string | undefined;
  socials: Partial<Record<'instagram' | 'facebook' | 'x' | 'linkedin' | 'youtube' | 'tiktok' | 'pinterest' | 'github', string>>;
}

const EMAIL = /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}\b/;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}/g;
const SOCIAL_HOSTS: Record<string, keyof ContactFacts['socials']> = {
  'instagram.com': 'instagram', 'facebook.com': 'facebook', 'x.com': 'x', 'twitter.com': 'x', 'linkedin.com': 'linkedin',
  'youtube.com': 'youtube', 'tiktok.com': 'tiktok', 'pinterest.com': 'pinterest', 'github.com': 'github',
};

export function extractContact(text: string): ContactFacts {
  const email = EMAIL.exec(text)?.[0]?.toLowerCase();
  return { phone: findPhone(text), email: email !== undefined && z.email().safeParse(email).success ? email : undefined, socials: findSocials(text) };
}

function findPhone(text: string): string | undefined {
  for (const match of text.matchAll(PHONE)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // Years and ranges ("1987-2024", "6-12") are not phone numbers; a real number has a separator or a + or ( .
    if (/^\d{4}\s*[-–]\s*\d{4}$/.test(candidate) || !/[\s.()+-]/.test(candidate)) continue;
    return candidate.replace(/\s+/g, ' ');
  }
  return undefined;
}

function findSocials(text: string): ContactFacts['socials'] {
  const socials: ContactFacts['socials'] = {};
  for (const match of text.matchAll(/\b(?:https?:\/\/)?(?:www\.)?((?:instagram|facebook|x|twitter|linkedin|youtube|tiktok|pinterest|github)\.com)\/([A-Za-z0-9_.@/-]{1,100})/gi)) {
    const network = SOCIAL_HOSTS[(match[1] ?? '').toLowerCase()];
    const path = (match[2] ?? '').replace(/[.]+$/, '');
    if (network !== undefined && socials[network] === undefined && path !== '') socials[network] = `https://${(match[1] ?? '').toLowerCase()}/${path}`;
  }
  return socials;
}
