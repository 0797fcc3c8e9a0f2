import { describe, expect, it } from '@jest/globals';
import { receiptSupersedes } from '../../libs/documents/src/domain/notification.js';
import { sha256Hex, tokenMatches } from '../../libs/documents/src/domain/callback-token.js';

describe('GOV.UK Notify receipts: which one wins', () => {
  it('moves a notification forward: in progress, then accepted (letters), then final', () => {
    expect(receiptSupersedes(null, 'sending')).toBe(true);
    expect(receiptSupersedes('sending', 'delivered')).toBe(true);
    expect(receiptSupersedes('pending-virus-check', 'accepted')).toBe(true);
    expect(receiptSupersedes('accepted', 'received')).toBe(true);
  });

  it('never takes it back: a late in-progress or accepted receipt after a final one is ignored', () => {
    expect(receiptSupersedes('delivered', 'sending')).toBe(false);
    expect(receiptSupersedes('received', 'accepted')).toBe(false);
    expect(receiptSupersedes('accepted', 'pending-virus-check')).toBe(false);
    expect(receiptSupersedes('permanent-failure', 'created')).toBe(false);
  });

  it('lets a final status correct another (a temporary failure later delivered)', () => {
    expect(receiptSupersedes('temporary-failure', 'delivered')).toBe(true);
  });
});

describe('callback tokens', () => {
  const stored = sha256Hex('callback-token-for-receipts-42');

  it('matches the token whose hash is stored, and nothing else, whatever its length', () => {
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenMatches('callback-token-for-receipts-42', stored)).toBe(true);
    expect(tokenMatches('callback-token-for-receipts-43', stored)).toBe(false);
    expect(tokenMatches('callback-token-for-receipts-4', stored)).toBe(false);
    expect(tokenMatches('', stored)).toBe(false);
    expect(tokenMatches('x'.repeat(5000), stored)).toBe(false);
  });
});
