import type { AddressInfo } from 'node:net';
import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Request } from 'express';

/**
 * Calls the service's own REST API over HTTP, with the signed-in user's token: for what GraphQL
 * does not carry (a document's bytes). The request goes to the address this server listens on, so
 * it passes the same guard, authorisation and audit as any client's.
 */
@Injectable()
export class ApiLoopback {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  get(request: Request, token: string, pathname: string): Promise<globalThis.Response> {
    const requestId = request.headers['x-request-id'];
    return fetch(new URL(pathname, this.baseUrl()), {
      headers: { authorization: `Bearer ${token}`, ...(typeof requestId === 'string' ? { 'x-request-id': requestId } : {}) },
      redirect: 'error',
    });
  }

  private baseUrl(): string {
    const address = this.adapterHost.httpAdapter.getHttpServer().address() as AddressInfo | string | null;
    if (!address || typeof address === 'string') throw new Error('the admin UI reaches the API only when the server listens on a TCP port');
    // Listening on every interface: call it on the loopback of the same family.
    const host = address.address === '::' ? '::1' : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
    return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  }
}
