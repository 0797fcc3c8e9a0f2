import type { Request } from 'express';
import type { AdminGraphql } from './admin-graphql.js';
import type { SignedInSession } from './admin-sessions.js';

export interface AccountHeading {
  reference: string;
  party: { name: string };
  liabilities: { liabilityId: string; hereditamentId: string; capacity: string; startsOn: string; endsOn: string | null }[];
}

/** What every action page shows: the account it acts on, read through the API first (so it exists and is this council's). */
export async function actionPage(graphql: AdminGraphql, request: Request, session: SignedInSession, reference: string, title: string) {
  const { account } = await graphql.execute<{ account: AccountHeading }>(
    request,
    session.user.token,
    `query AccountHeading($reference: String!) {
      account(accountReference: $reference) { reference party { name } liabilities { liabilityId hereditamentId capacity startsOn endsOn } }
    }`,
    { reference },
  );
  return { title, section: 'search', account };
}

export function accountPath(reference: string, done: string): string {
  return `/admin/accounts/${encodeURIComponent(reference)}?done=${done}`;
}
