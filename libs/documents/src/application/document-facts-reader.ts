import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  GetAccountQuery, GetHereditamentQuery, GetNoticeQuery, ListRecoveryStagesQuery,
  type AccountRecord, type HereditamentRecord, type IssuedNotice, type RecoveryStageRecord,
} from '../../../business-rates/src/index.js';
import { GetCouncilQuery, type Council } from '../../../councils/src/index.js';
import { InvalidInputError, NotFoundError } from '../../../kernel/src/index.js';
import { CouncilPolicies } from '../../../policy-host/src/index.js';
import { requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import type { Addressee, ChargedProperty, DemandNoticeFacts, IssuingCouncil, RecoveryNoticeFacts } from '../domain/document-facts.js';

/** A notice's facts with what the store needs to key its document. */
export interface NoticeForDocument {
  readonly facts: DemandNoticeFacts;
  readonly billId: string;
  readonly accountId: string;
  readonly account: AccountRecord;
}

export interface StageForDocument {
  readonly facts: RecoveryNoticeFacts;
  readonly accountId: string;
  readonly account: AccountRecord;
  readonly stage: RecoveryStageRecord;
}

/**
 * Gathers what a document prints through business rates' and councils' own queries, so the reader's
 * right to see the notice, the account and the register is checked exactly as it is everywhere else.
 */
@Injectable()
export class DocumentFactsReader {
  constructor(
    private readonly queries: QueryBus,
    private readonly policies: CouncilPolicies,
  ) {}

  async notice(actor: Actor, billNumber: number): Promise<NoticeForDocument> {
    const notice: IssuedNotice = await this.queries.execute(new GetNoticeQuery(actor, billNumber));
    const account: AccountRecord = await this.queries.execute(new GetAccountQuery(actor, notice.accountReference));
    const liabilityIds = [...new Set(notice.lines.map((line) => line.liabilityId))];
    const properties = await this.properties(actor, account, liabilityIds);
    const facts: DemandNoticeFacts = {
      council: await this.council(actor),
      addressee: addresseeOf(account, properties[0]),
      accountReference: notice.accountReference,
      billNumber: notice.billNumber,
      kind: notice.kind,
      financialYear: notice.financialYear,
      issuedOn: notice.issuedOn,
      totalPence: notice.totalPence,
      yearChargePence: notice.yearChargePence,
      paidBeforePence: notice.paidBeforePence,
      dueBeforePence: notice.dueBeforePence,
      properties,
      lines: notice.lines,
      instalments: notice.instalments,
      wording: notice.wording ?? {},
    };
    return { facts, billId: notice.billId, accountId: account.accountId, account };
  }

  async recoveryStage(actor: Actor, accountReference: string, recoveryStageId: string): Promise<StageForDocument> {
    const stages: RecoveryStageRecord[] = await this.queries.execute(new ListRecoveryStagesQuery(actor, accountReference));
    const stage = stages.find((each) => each.recoveryStageId === recoveryStageId);
    if (!stage) throw new NotFoundError('recovery stage', recoveryStageId);
    if (stage.stage !== 'reminder' && stage.stage !== 'final-notice') {
      throw new InvalidInputError('recoveryStageId', `is a ${stage.stage}: only reminders and final notices are rendered as documents (summonses and liability orders are the court's)`);
    }
    const account: AccountRecord = await this.queries.execute(new GetAccountQuery(actor, stage.accountReference));
    const properties = await this.properties(actor, account, account.liabilities.slice(0, 1).map((liability) => liability.liabilityId));
    const policy = await this.policies.inForce(actor, requireCouncil(actor), stage.issuedOn);
    const { contactDetails } = policy.noticeWording({ kind: 'demand', financialYear: stage.financialYear });
    const facts: RecoveryNoticeFacts = {
      council: await this.council(actor),
      addressee: addresseeOf(account, properties[0]),
      accountReference: stage.accountReference,
      stage: stage.stage,
      financialYear: stage.financialYear,
      issuedOn: stage.issuedOn,
      arrearsPence: stage.arrearsPence,
      payBy: stage.payBy,
      wording: contactDetails ? { contactDetails } : {},
    };
    return { facts, accountId: account.accountId, account, stage };
  }

  private async council(actor: Actor): Promise<IssuingCouncil> {
    const council: Council = await this.queries.execute(new GetCouncilQuery(actor));
    return { name: council.name, contactEmail: council.contactEmail, contactPhone: council.contactPhone, website: council.website };
  }

  private async properties(actor: Actor, account: AccountRecord, liabilityIds: readonly string[]): Promise<ChargedProperty[]> {
    const properties: ChargedProperty[] = [];
    for (const liabilityId of liabilityIds) {
      const liability = account.liabilities.find((each) => each.liabilityId === liabilityId);
      if (!liability) continue;
      const hereditament: HereditamentRecord = await this.queries.execute(new GetHereditamentQuery(actor, liability.hereditamentId));
      properties.push({
        liabilityId, baReference: hereditament.baReference, description: hereditament.description, addressLines: hereditament.addressLines, postcode: hereditament.postcode,
      });
    }
    return properties;
  }
}

/** The ratepayer at their preferred correspondence address, or else at the property charged. */
function addresseeOf(account: AccountRecord, property: ChargedProperty | undefined): Addressee {
  const correspondence = account.party.contacts.find((contact) => contact.kind === 'correspondence-address');
  if (correspondence) return { name: account.party.name, addressLines: correspondence.addressLines, postcode: correspondence.postcode };
  return { name: account.party.name, addressLines: property?.addressLines ?? [], postcode: property?.postcode ?? null };
}

/** The ratepayer's email address for notices: their preferred one, or else their first. */
export function emailOf(account: AccountRecord): string | null {
  return account.party.contacts.find((contact) => contact.kind === 'email')?.email ?? null;
}
