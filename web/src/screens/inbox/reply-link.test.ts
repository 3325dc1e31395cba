import { describe, expect, it } from 'vitest';
import { replyHref, visitorEmail } from './reply-link.ts';

describe('replyHref', () => {
  it('writes to the email field with "Re:" and the first words of the message', () => {
    expect(replyHref({ name: 'Ann', email: 'ann@example.com', message: 'Do you bake rye?\nThanks' }, 'Crumb')).toBe('mailto:ann@example.com?subject=Re%3A%20Do%20you%20bake%20rye%3F');
  });

  it('finds an address in any field when none is named email, and falls back to the site name', () => {
    expect(visitorEmail({ contact: ' bo@example.org ' })).toBe('bo@example.org');
    expect(replyHref({ contact: 'bo@example.org' }, 'Crumb')).toBe('mailto:bo@example.org?subject=Re%3A%20your%20message%20to%20Crumb');
  });

  it('offers no reply without an address, and cannot be turned into extra headers', () => {
    expect(replyHref({ name: 'Cy', phone: '555 0199' }, 'Crumb')).toBeNull();
    expect(replyHref({ email: 'not an address' }, 'Crumb')).toBeNull();
    const href = replyHref({ email: 'a&cc=x@example.com', message: 'Hi&bcc=evil@example.com' }, 'Crumb')!;
    expect(href).toBe('mailto:a%26cc%3Dx@example.com?subject=Re%3A%20Hi%26bcc%3Devil%40example.com');
    expect(new URL(href).searchParams.get('bcc')).toBeNull();
  });
});
