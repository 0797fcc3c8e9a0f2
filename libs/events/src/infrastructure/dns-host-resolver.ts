import { lookup } from 'node:dns/promises';
import { Injectable } from '@nestjs/common';
import { HostResolver } from '../application/endpoint-policy.js';

/** The system resolver (getaddrinfo, as connections use), every address of both families. */
@Injectable()
export class DnsHostResolver extends HostResolver {
  async addresses(hostname: string): Promise<string[] | null> {
    try {
      return (await lookup(hostname, { all: true, verbatim: true })).map((each) => each.address);
    } catch {
      return null;
    }
  }
}
