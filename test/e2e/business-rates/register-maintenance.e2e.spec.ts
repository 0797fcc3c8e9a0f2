import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { accountReferenceFor } from '../../../libs/business-rates/src/index.js';
import { SettableClock } from '../../../libs/kernel/src/index.js';
import { TestApi } from '../../support/test-api.js';

describe('keeping the register: corrections, contacts, notes, ending reliefs and search', () => {
  const clock = SettableClock.on('2024-05-01');
  let api: TestApi;
  let token: string;
  let viewer: string;
  let hereditamentId: string;
  let partyId: string;
  let reference: string;
  let liabilityId: string;

  const call = (method: 'get' | 'post' | 'patch', path: string, body?: object, as = token) =>
    api.http[method](`/v1/business-rates${path}`).set('authorization', `Bearer ${as}`).send(body);
  const problem = (body: { problems: Array<{ field: string; reason: string }> }) => body.problems[0];
  const auditOf = async (table: string) => (await api.http.get(`/v1/audit-events?tableName=${table}`).set('authorization', `Bearer ${token}`).expect(200)).body;

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    const council = await api.createCouncil('keeping');
    token = await api.token(['revenues-officer'], council.code, 'officer-keeping');
    viewer = await api.token(['revenues-viewer'], council.code);
    hereditamentId = (await call('post', '/hereditaments', {
      baReference: 'KEEP-1', uarn: 5550001, uprn: 100040001234, addressLines: ['7 Market Place', 'Bridgwater'], postcode: 'TA6 3AR',
      description: 'Shop', propertyUse: 'retail', rateableValue: 20_000, effectiveFrom: '2023-04-01',
    }).expect(201)).body.hereditamentId;
    partyId = (await call('post', '/parties', { kind: 'company', name: 'Market Place Traders Ltd', companyNumber: '01234567' }).expect(201)).body.partyId;
    reference = (await call('post', '/accounts', { partyId }).expect(201)).body.reference;
    liabilityId = (await call('post', `/accounts/${reference}/liabilities`, { hereditamentId, capacity: 'occupier', startsOn: '2024-04-01' }).expect(201)).body.liability.liabilityId;
  });
  afterAll(() => api.close());

  describe('updating a hereditament', () => {
    it('changes only the fields given, normalises the postcode, and the audit trail has before and after with the reason', async () => {
      const updated = (await call('patch', `/hereditaments/${hereditamentId}`, { description: 'Shop and upper floor', postcode: 'ta6 3ar', scatCode: '249G', reason: 'inspection 2024-05' }).expect(200)).body;
      expect(updated).toMatchObject({
        baReference: 'KEEP-1', uarn: 5550001, uprn: 100040001234, addressLines: ['7 Market Place', 'Bridgwater'], postcode: 'TA6 3AR',
        description: 'Shop and upper floor', scatCode: '249G', propertyUse: 'retail', listedBuilding: false,
      });
      expect(updated.rateableValues).toEqual([{ effectiveFrom: '2023-04-01', rateableValue: 20_000, reason: null }]);
      const [latest] = await auditOf('hereditaments');
      expect(latest).toMatchObject({
        actor: 'officer-keeping', operation: 'UPDATE', reason: 'inspection 2024-05',
        before: expect.objectContaining({ description: 'Shop', scat_code: null }),
        after: expect.objectContaining({ description: 'Shop and upper floor', scat_code: '249G' }),
      });
    });

    it('clears a field that may be empty with null, but refuses to clear one that may not, naming it', async () => {
      expect((await call('patch', `/hereditaments/${hereditamentId}`, { scatCode: null }).expect(200)).body.scatCode).toBeNull();
      const cleared = await call('patch', `/hereditaments/${hereditamentId}`, { description: null });
      expect(cleared.status).toBe(400);
      expect(problem(cleared.body)).toEqual({ field: 'description', reason: 'cannot be cleared' });
    });

    it('validates like create: a bad postcode, too many address lines, an unknown use, and the rateable value (not changed here) are refused by name', async () => {
      expect(problem((await call('patch', `/hereditaments/${hereditamentId}`, { postcode: 'NOT A CODE' }).expect(400)).body).field).toBe('postcode');
      expect(problem((await call('patch', `/hereditaments/${hereditamentId}`, { addressLines: ['1', '2', '3', '4', '5'] }).expect(400)).body).field).toBe('addressLines');
      expect(problem((await call('patch', `/hereditaments/${hereditamentId}`, { propertyUse: 'castle' }).expect(400)).body).field).toBe('propertyUse');
      expect((await call('patch', `/hereditaments/${hereditamentId}`, { rateableValue: 1 })).status).toBe(400);
      expect((await call('get', `/hereditaments/${hereditamentId}`).expect(200)).body).toMatchObject({ postcode: 'TA6 3AR', addressLines: ['7 Market Place', 'Bridgwater'], propertyUse: 'retail' });
    });

    it('an unknown id: 404; a viewer: 403; and the same through GraphQL', async () => {
      expect((await call('patch', `/hereditaments/${randomUUID()}`, { description: 'x' })).status).toBe(404);
      expect((await call('patch', `/hereditaments/${hereditamentId}`, { description: 'x' }, viewer)).status).toBe(403);
      const response = await api.graphql(token, 'mutation ($id: String!) { updateHereditament(hereditamentId: $id, input: {listedBuilding: true}) { listedBuilding description } }', { id: hereditamentId });
      expect(response.body.data.updateHereditament).toEqual({ listedBuilding: true, description: 'Shop and upper floor' });
    });
  });

  describe('ratepayers and their contacts', () => {
    it('updates a party partially and checks the result as create does', async () => {
      const renamed = (await call('patch', `/parties/${partyId}`, { name: '  Market Place Traders (2024) Ltd ', reason: 'name change at Companies House' }).expect(200)).body;
      expect(renamed).toMatchObject({ partyId, kind: 'company', name: 'Market Place Traders (2024) Ltd', companyNumber: '01234567' });
      const notACompany = await call('patch', `/parties/${partyId}`, { kind: 'individual' });
      expect(problem(notACompany.body)).toEqual({ field: 'companyNumber', reason: expect.stringContaining('is for companies') });
      expect((await call('patch', `/parties/${partyId}`, { kind: 'individual', companyNumber: null }).expect(200)).body).toMatchObject({ kind: 'individual', companyNumber: null });
      expect((await call('patch', `/parties/${randomUUID()}`, { name: 'Nobody' })).status).toBe(404);
      const [latest] = await auditOf('parties');
      expect(latest).toMatchObject({ operation: 'UPDATE', before: expect.objectContaining({ kind: 'company' }), after: expect.objectContaining({ kind: 'individual', company_number: null }) });
    });

    it('adds contacts; a new preferred one unprefers the others of its kind only', async () => {
      await call('post', `/parties/${partyId}/contacts`, { kind: 'email', email: 'accounts@market.example', preferred: true }).expect(201);
      await call('post', `/parties/${partyId}/contacts`, { kind: 'phone', phone: '01278 435435', preferred: true }).expect(201);
      await call('post', `/parties/${partyId}/contacts`, { kind: 'correspondence-address', addressLines: ['PO Box 12', 'Taunton'], postcode: 'ta1 1aa' }).expect(201);
      const party = (await call('post', `/parties/${partyId}/contacts`, { kind: 'email', email: 'rates@market.example', preferred: true }).expect(201)).body;
      const preferred = (kind: string) => party.contacts.filter((contact: { kind: string; preferred: boolean }) => contact.kind === kind && contact.preferred);
      expect(preferred('email')).toEqual([expect.objectContaining({ email: 'rates@market.example' })]);
      expect(preferred('phone')).toEqual([expect.objectContaining({ phone: '01278 435435' })]);
      expect(party.contacts).toHaveLength(4);
      expect(party.contacts).toContainEqual(expect.objectContaining({ kind: 'correspondence-address', addressLines: ['PO Box 12', 'Taunton'], postcode: 'TA1 1AA', email: null, preferred: false }));
      expect((await call('get', `/parties/${partyId}`, undefined, viewer).expect(200)).body.contacts).toEqual(party.contacts);
      expect((await call('get', `/accounts/${reference}`).expect(200)).body.party.contacts).toEqual(party.contacts);
    });

    it("refuses a contact without its kind's value, or with another kind's, by name; an unknown party: 404", async () => {
      expect(problem((await call('post', `/parties/${partyId}/contacts`, { kind: 'email' }).expect(400)).body).field).toBe('email');
      expect(problem((await call('post', `/parties/${partyId}/contacts`, { kind: 'email', email: 'not-an-address' }).expect(400)).body).field).toBe('email');
      expect(problem((await call('post', `/parties/${partyId}/contacts`, { kind: 'phone', phone: '0123 456789', email: 'x@y.example' }).expect(400)).body).field).toBe('email');
      expect(problem((await call('post', `/parties/${partyId}/contacts`, { kind: 'phone', phone: 'call me' }).expect(400)).body).field).toBe('phone');
      expect(problem((await call('post', `/parties/${partyId}/contacts`, { kind: 'correspondence-address', addressLines: [] }).expect(400)).body).field).toBe('addressLines');
      expect((await call('post', `/parties/${randomUUID()}/contacts`, { kind: 'phone', phone: '0123 456789' })).status).toBe(404);
      expect((await call('get', `/parties/${partyId}`).expect(200)).body.contacts).toHaveLength(4);
    });

    it('GraphQL: party with contacts, updateParty and addContact', async () => {
      const added = await api.graphql(token, 'mutation ($id: String!) { addContact(partyId: $id, input: {kind: "phone", phone: "07700 900123"}) { contacts { kind phone preferred } } }', { id: partyId });
      expect(added.body.data.addContact.contacts).toContainEqual({ kind: 'phone', phone: '07700 900123', preferred: false });
      const updated = await api.graphql(token, 'mutation ($id: String!) { updateParty(partyId: $id, input: {name: "M P Traders"}) { name } }', { id: partyId });
      expect(updated.body.data.updateParty.name).toBe('M P Traders');
      const read = await api.graphql(viewer, 'query ($id: String!) { party(partyId: $id) { name contacts { kind } } }', { id: partyId });
      expect(read.body.data.party.contacts).toHaveLength(5);
    });
  });

  describe("an account's instalment preference", () => {
    it('changes to 12, audited; anything but 10 or 12 is refused naming instalmentPreference; an unknown account: 404', async () => {
      expect((await call('patch', `/accounts/${reference}`, { instalmentPreference: 12, reason: 'ratepayer asked by phone' }).expect(200)).body.instalmentPreference).toBe(12);
      const [latest] = await auditOf('accounts');
      expect(latest).toMatchObject({ operation: 'UPDATE', reason: 'ratepayer asked by phone', before: expect.objectContaining({ instalment_preference: 10 }), after: expect.objectContaining({ instalment_preference: 12 }) });
      expect(problem((await call('patch', `/accounts/${reference}`, { instalmentPreference: 11 }).expect(400)).body).field).toBe('instalmentPreference');
      expect((await call('patch', `/accounts/${accountReferenceFor(9191)}`, { instalmentPreference: 10 })).status).toBe(404);
      const graphql = await api.graphql(token, 'mutation ($ref: String!) { updateAccount(accountReference: $ref, input: {instalmentPreference: 10}) { instalmentPreference } }', { ref: reference });
      expect(graphql.body.data.updateAccount.instalmentPreference).toBe(10);
    });
  });

  describe('notes', () => {
    it('are written on accounts, hereditaments and parties by the token subject, and listed on the account newest first', async () => {
      const first = (await call('post', `/accounts/${reference}/notes`, { body: 'Rang about the March bill.' }).expect(201)).body;
      expect(first).toMatchObject({ accountReference: reference, hereditamentId: null, partyId: null, body: 'Rang about the March bill.', writtenBy: 'officer-keeping' });
      await call('post', `/hereditaments/${hereditamentId}/notes`, { body: 'Visited: the upper floor is in use.' }).expect(201);
      await call('post', `/parties/${partyId}/notes`, { body: 'Director is J. Smith.' }).expect(201);
      const second = await api.graphql(token, 'mutation ($ref: String!) { addNote(input: {accountReference: $ref, body: "Agreed 12 instalments."}) { noteId writtenBy } }', { ref: reference });
      expect(second.body.data.addNote.writtenBy).toBe('officer-keeping');
      const notes = (await call('get', `/accounts/${reference}/notes`, undefined, viewer).expect(200)).body;
      expect(notes.map((note: { body: string }) => note.body)).toEqual(['Agreed 12 instalments.', 'Rang about the March bill.']);
      const graphql = await api.graphql(viewer, 'query ($ref: String!) { notes(accountReference: $ref) { body } }', { ref: reference });
      expect(graphql.body.data.notes).toHaveLength(2);
      expect((await auditOf('notes')).length).toBeGreaterThanOrEqual(4);
    });

    it('an empty note, a note about two things, an unknown account: refused', async () => {
      expect(problem((await call('post', `/accounts/${reference}/notes`, { body: '   ' }).expect(400)).body).field).toBe('body');
      const both = await api.graphql(token, 'mutation ($ref: String!, $id: String!) { addNote(input: {accountReference: $ref, partyId: $id, body: "x"}) { noteId } }', { ref: reference, id: partyId });
      expect(both.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      // An empty reference is still the reference given: the error names it, not another field.
      const empty = await api.graphql(token, 'mutation { addNote(input: {accountReference: "", body: "x"}) { noteId } }');
      expect(empty.body.errors[0].extensions.problems[0].field).toBe('accountReference');
      expect((await call('post', `/accounts/${accountReferenceFor(9191)}/notes`, { body: 'x' })).status).toBe(404);
      expect((await call('get', `/accounts/${accountReferenceFor(9191)}/notes`)).status).toBe(404);
      expect((await call('post', `/parties/${randomUUID()}/notes`, { body: 'x' })).status).toBe(404);
      expect((await call('post', `/accounts/${reference}/notes`, { body: 'x' }, viewer)).status).toBe(403);
    });
  });

  describe('ending a relief', () => {
    let reliefAwardId: string;

    beforeAll(async () => {
      reliefAwardId = (await call('post', `/liabilities/${liabilityId}/reliefs`, { kind: 'hardship', percent: '50', startsOn: '2024-04-01', evidence: 'panel minute 4' }).expect(201)).body.reliefAwardId;
    });

    it('refuses an end before the award started, by name, and an unknown award: 404', async () => {
      const early = await call('post', `/relief-awards/${reliefAwardId}/end`, { endsOn: '2024-03-31' });
      expect(early.status).toBe(400);
      expect(problem(early.body)).toEqual({ field: 'endsOn', reason: 'is before the award started (2024-04-01)' });
      expect((await call('post', `/relief-awards/${randomUUID()}/end`, { endsOn: '2024-09-30' })).status).toBe(404);
    });

    it('ends the award, rebills the account (more to pay) and shows the end on the account', async () => {
      const ended = (await call('post', `/relief-awards/${reliefAwardId}/end`, { endsOn: '2024-09-30', reason: 'hardship over' }).expect(201)).body;
      expect(ended.reliefAward).toMatchObject({ reliefAwardId, kind: 'hardship', startsOn: '2024-04-01', endsOn: '2024-09-30', percent: '50.0000' });
      expect(ended.notices).toHaveLength(1);
      expect(ended.notices[0].totalPence).toBeGreaterThan(0);
      const account = (await call('get', `/accounts/${reference}`).expect(200)).body;
      expect(account.liabilities[0].reliefs[0].endsOn).toBe('2024-09-30');
      const [latest] = await auditOf('relief_awards');
      expect(latest).toMatchObject({ operation: 'UPDATE', reason: 'hardship over', before: expect.objectContaining({ ends_on: null }), after: expect.objectContaining({ ends_on: '2024-09-30' }) });
    });

    it('GraphQL endRelief moves the end again and rebills', async () => {
      const response = await api.graphql(token, 'mutation ($id: String!) { endRelief(reliefAwardId: $id, input: {endsOn: "2024-06-30"}) { reliefAward { endsOn } notices { totalPence } } }', { id: reliefAwardId });
      expect(response.body.data.endRelief.reliefAward.endsOn).toBe('2024-06-30');
      expect(response.body.data.endRelief.notices).toHaveLength(1);
    });
  });

  describe('search', () => {
    const references = (body: Array<{ reference: string }>) => body.map((match) => match.reference);

    it('finds accounts by reference, name, BA reference, postcode and UPRN, the exact reference first', async () => {
      const other = (await call('post', '/parties', { kind: 'individual', name: `Holder of ${reference}` }).expect(201)).body.partyId;
      const otherReference = (await call('post', '/accounts', { partyId: other }).expect(201)).body.reference;
      const byReference = (await call('get', `/accounts?q=${reference}`, undefined, viewer).expect(200)).body;
      expect(references(byReference)).toEqual([reference, otherReference]);
      expect(byReference[0]).toEqual({ reference, partyId, partyName: 'M P Traders' });
      expect(references((await call('get', '/accounts?q=m%20p%20trad').expect(200)).body)).toEqual([reference]);
      expect(references((await call('get', '/accounts?q=keep-1').expect(200)).body)).toEqual([reference]);
      expect(references((await call('get', '/accounts?q=ta63ar').expect(200)).body)).toEqual([reference]);
      expect(references((await call('get', '/accounts?q=100040001234').expect(200)).body)).toEqual([reference]);
      expect(references((await call('get', `/accounts?q=${reference.slice(0, 6)}&limit=1`).expect(200)).body)).toHaveLength(1);
      expect((await call('get', '/accounts?q=nothing%20like%20this').expect(200)).body).toEqual([]);
      expect((await call('get', '/accounts?q=%25%25').expect(200)).body).toEqual([]);
    });

    it('finds hereditaments by BA reference, UARN, UPRN, postcode and address text', async () => {
      const ids = async (q: string) => (await call('get', `/hereditaments?q=${encodeURIComponent(q)}`).expect(200)).body.map((match: { hereditamentId: string }) => match.hereditamentId);
      for (const q of ['KEEP-1', 'keep', '5550001', '100040001234', 'TA6 3AR', 'market place']) expect(await ids(q)).toEqual([hereditamentId]);
      const graphql = await api.graphql(viewer, '{ searchHereditaments(q: "7 market", limit: 5) { baReference addressLines postcode } }');
      expect(graphql.body.data.searchHereditaments).toEqual([{ baReference: 'KEEP-1', addressLines: ['7 Market Place', 'Bridgwater'], postcode: 'TA6 3AR' }]);
      const accounts = await api.graphql(viewer, '{ searchAccounts(q: "Traders") { reference partyName } }');
      expect(accounts.body.data.searchAccounts).toEqual([{ reference, partyName: 'M P Traders' }]);
    });

    it('a blank or one-character query is refused naming q; a limit over 100 naming limit', async () => {
      expect(problem((await call('get', '/accounts?q=%20').expect(400)).body).field).toBe('q');
      expect(problem((await call('get', '/hereditaments?q=a').expect(400)).body).field).toBe('q');
      expect(problem((await call('get', '/accounts?q=ab&limit=101').expect(400)).body).field).toBe('limit');
    });
  });

  describe('correcting a move-out', () => {
    it('an earlier end moves the empty period with it; an end that would run into the next liability: 409 naming endsOn', async () => {
      const unit = (await call('post', '/hereditaments', { baReference: 'KEEP-3', addressLines: ['11 Market Place'], description: 'Shop', propertyUse: 'office', rateableValue: 30_000, effectiveFrom: '2023-04-01' }).expect(201)).body.hereditamentId;
      const open = async (name: string) => (await call('post', '/accounts', { partyId: (await call('post', '/parties', { kind: 'company', name }).expect(201)).body.partyId }).expect(201)).body.reference;
      const leaving = await open('Leaving Ltd');
      const ending = (await call('post', `/accounts/${leaving}/liabilities`, { hereditamentId: unit, capacity: 'occupier', startsOn: '2024-04-01' }).expect(201)).body.liability.liabilityId;
      const occupation = async () => (await call('get', `/hereditaments/${unit}`).expect(200)).body.occupation.map((period: { startsOn: string; occupied: boolean }) => [period.startsOn, period.occupied]);

      await call('post', `/liabilities/${ending}/end`, { endsOn: '2024-09-30' }).expect(201);
      expect(await occupation()).toEqual([['2024-04-01', true], ['2024-10-01', false]]);
      await call('post', `/liabilities/${ending}/end`, { endsOn: '2024-06-30', reason: 'left earlier than we were told' }).expect(201);
      expect(await occupation()).toEqual([['2024-04-01', true], ['2024-07-01', false]]);

      const arriving = await open('Arriving Ltd');
      await call('post', `/accounts/${arriving}/liabilities`, { hereditamentId: unit, capacity: 'occupier', startsOn: '2024-08-01' }).expect(201);
      const clash = await call('post', `/liabilities/${ending}/end`, { endsOn: '2024-08-15' }).expect(409);
      expect(problem(clash.body).field).toBe('endsOn');
    });
  });

  describe('a correction the engine reads', () => {
    it("correcting a hereditament's use rebills its ratepayer: a shop found to be an office loses retail relief", async () => {
      const shop = (await call('post', '/hereditaments', {
        baReference: 'KEEP-2', addressLines: ['9 Market Place'], description: 'Shop', propertyUse: 'retail', rateableValue: 20_000, effectiveFrom: '2023-04-01',
      }).expect(201)).body.hereditamentId;
      const party = (await call('post', '/parties', { kind: 'company', name: 'Nine Market Place Ltd' }).expect(201)).body.partyId;
      const account = (await call('post', '/accounts', { partyId: party }).expect(201)).body.reference;
      await call('post', `/accounts/${account}/liabilities`, { hereditamentId: shop, capacity: 'occupier', startsOn: '2024-04-01' }).expect(201);
      const [demand] = (await call('get', `/accounts/${account}/bills`).expect(200)).body;
      expect(demand.lines.map((line: { code: string }) => line.code)).toContain('RETAIL_HOSPITALITY_LEISURE_RELIEF');

      await call('patch', `/hereditaments/${shop}`, { propertyUse: 'office', reason: 'inspection: used as offices' }).expect(200);
      const notices = (await call('get', `/accounts/${account}/bills`).expect(200)).body;
      expect(notices).toHaveLength(2);
      const withdrawn = notices[1].lines.find((line: { code: string }) => line.code === 'RETAIL_HOSPITALITY_LEISURE_RELIEF');
      expect(withdrawn.amountPence).toBeGreaterThan(0);
      expect(notices[1].totalPence).toBe(-demand.lines.find((line: { code: string }) => line.code === 'RETAIL_HOSPITALITY_LEISURE_RELIEF').amountPence);

      // A correction the engine does not read (the description) issues nothing.
      await call('patch', `/hereditaments/${shop}`, { description: 'Offices' }).expect(200);
      expect((await call('get', `/accounts/${account}/bills`).expect(200)).body).toHaveLength(2);
    });

    it("a change to a ratepayer's property on one account rebills their other accounts: small business rate relief counts every property", async () => {
      const party = (await call('post', '/parties', { kind: 'company', name: 'Two Shops Ltd' }).expect(201)).body.partyId;
      const first = (await call('post', '/accounts', { partyId: party }).expect(201)).body.reference;
      const second = (await call('post', '/accounts', { partyId: party }).expect(201)).body.reference;
      const shopOne = (await call('post', '/hereditaments', { baReference: 'KEEP-4', addressLines: ['13 Market Place'], description: 'Shop', propertyUse: 'office', rateableValue: 10_000, effectiveFrom: '2023-04-01' }).expect(201)).body.hereditamentId;
      const kiosk = (await call('post', '/hereditaments', { baReference: 'KEEP-5', addressLines: ['15 Market Place'], description: 'Kiosk', propertyUse: 'office', rateableValue: 10_000, effectiveFrom: '2023-04-01' }).expect(201)).body.hereditamentId;
      await call('post', `/accounts/${second}/liabilities`, { hereditamentId: kiosk, capacity: 'occupier', startsOn: '2023-04-01' }).expect(201);
      await call('post', `/accounts/${first}/liabilities`, { hereditamentId: shopOne, capacity: 'occupier', startsOn: '2024-04-01' }).expect(201);
      const codes = (notice: { lines: Array<{ code: string }> }) => notice.lines.map((line) => line.code);
      const [before] = (await call('get', `/accounts/${first}/bills`).expect(200)).body;
      // The kiosk (over £2,899) is another property: no relief on the shop.
      expect(codes(before)).not.toContain('SMALL_BUSINESS_RATE_RELIEF');

      // The kiosk's value falls below £2,900 from April 2024: the shop on the other account now gets relief.
      await call('post', `/hereditaments/${kiosk}/rateable-values`, { effectiveFrom: '2024-04-01', rateableValue: 2_500 }).expect(201);
      const notices = (await call('get', `/accounts/${first}/bills`).expect(200)).body;
      expect(notices).toHaveLength(2);
      expect(codes(notices[1])).toContain('SMALL_BUSINESS_RATE_RELIEF');
      expect(notices[1].totalPence).toBeLessThan(0);
    });
  });
});
