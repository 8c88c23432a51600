import { describe, expect, it } from 'vitest';
import { expiryNotice } from './expiry-text.ts';

const contract = { number: 'CTR-7', subject: 'Coffee machines', validTo: '2026-12-31' };

describe('contract expiry notice', () => {
  it('speaks the recipient’s language, the end date written as they read dates', () => {
    expect(expiryNotice('uk', contract)).toEqual({
      title: 'Договір CTR-7 спливає 31 грудня 2026 р.',
      body: 'Договір CTR-7 (Coffee machines) діє до 31 грудня 2026 р.: продовжте його або повідомте клієнта.',
    });
    expect(expiryNotice('ru', contract).title).toBe('Договор CTR-7 истекает 31 декабря 2026 г.');
    expect(expiryNotice('sk', contract).title).toBe('Zmluva CTR-7 končí 31. decembra 2026');
  });

  it('falls back to English for a recipient who chose no language, and leaves out a missing subject', () => {
    expect(expiryNotice(null, { ...contract, subject: null })).toEqual({
      title: 'Contract CTR-7 expires on December 31, 2026',
      body: 'Contract CTR-7 is valid until December 31, 2026: renew it or let the client know.',
    });
  });
});
