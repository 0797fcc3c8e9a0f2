import { describe, expect, it } from '@jest/globals';
import { hostIpLiteral, whyAddressRefused } from './endpoint-address.js';

describe('the addresses a webhook may be sent to', () => {
  it('allows public unicast addresses, IPv4 and IPv6', () => {
    for (const address of ['8.8.8.8', '81.2.69.160', '2a00:1450:4009:81f::200e']) expect(whyAddressRefused(address, false)).toBeNull();
  });

  it.each([
    ['127.0.0.1', 'loopback'], ['::1', 'loopback'], ['::ffff:127.0.0.1', 'loopback'],
    ['10.0.0.5', 'private'], ['172.16.4.1', 'private'], ['192.168.1.1', 'private'], ['::ffff:192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'], ['fe80::1', 'link-local'], ['fd00:ec2::254', 'unique-local'],
    ['100.100.100.200', 'carrier-grade NAT'], ['0.0.0.0', 'unspecified'], ['::', 'unspecified'],
    ['64:ff9b::a00:5', 'reserved (rfc6052)'], ['224.0.0.1', 'multicast'],
  ])('refuses %s, a %s address, saying so', (address, range) => {
    const reason = whyAddressRefused(address, false);
    expect(reason?.startsWith(`a ${range}`)).toBe(true);
    expect(reason?.endsWith('address')).toBe(true);
  });

  it('allows loopback, and only loopback, when told to (demo and tests)', () => {
    expect(whyAddressRefused('127.0.0.1', true)).toBeNull();
    expect(whyAddressRefused('::1', true)).toBeNull();
    expect(whyAddressRefused('10.0.0.5', true)).toContain('private');
    expect(whyAddressRefused('169.254.169.254', true)).toContain('link-local');
  });

  it('tells an address written as the host from a name', () => {
    expect(hostIpLiteral('[::1]')).toBe('::1');
    expect(hostIpLiteral('127.0.0.1')).toBe('127.0.0.1');
    expect(hostIpLiteral('crm.example.gov.uk')).toBeNull();
    expect(hostIpLiteral('localhost')).toBeNull();
  });
});
