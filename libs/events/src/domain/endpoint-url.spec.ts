import { describe, expect, it } from '@jest/globals';
import { checkEndpointUrl } from './endpoint-url.js';

describe('webhook endpoint URLs', () => {
  it('takes https anywhere and http only to this machine', () => {
    expect(checkEndpointUrl('https://crm.example.gov.uk/hooks/rates')).toBe('https://crm.example.gov.uk/hooks/rates');
    expect(checkEndpointUrl('http://127.0.0.1:8080/hook')).toBe('http://127.0.0.1:8080/hook');
    expect(checkEndpointUrl('http://localhost/hook')).toBe('http://localhost/hook');
  });

  it('refuses other schemes, plain http elsewhere, credentials and what is not a URL, naming the field', () => {
    expect(() => checkEndpointUrl('http://crm.example.gov.uk/hook')).toThrow('endpointUrl: must be https (plain http only to localhost)');
    expect(() => checkEndpointUrl('ftp://crm.example.gov.uk/hook')).toThrow('must be https');
    expect(() => checkEndpointUrl('https://user:pass@crm.example.gov.uk/hook')).toThrow('must not carry a user name or password');
    expect(() => checkEndpointUrl('crm.example.gov.uk/hook')).toThrow('endpointUrl: must be an absolute URL');
  });
});
