import { Module } from '@nestjs/common';
import { AddContactHandler } from './application/register/add-contact.js';
import { AddNoteHandler } from './application/register/add-note.js';
import { AwardReliefHandler } from './application/register/award-relief.js';
import { CreateHereditamentHandler } from './application/register/create-hereditament.js';
import { CreatePartyHandler } from './application/register/create-party.js';
import { EndLiabilityHandler } from './application/register/end-liability.js';
import { GetAccountHandler } from './application/register/get-account.js';
import { EndReliefHandler } from './application/register/end-relief.js';
import { GetHereditamentHandler } from './application/register/get-hereditament.js';
import { GetPartyHandler } from './application/register/get-party.js';
import { ListAccountNotesHandler } from './application/register/list-account-notes.js';
import { OpenAccountHandler } from './application/register/open-account.js';
import { RecordOccupationHandler } from './application/register/record-occupation.js';
import { RecordRateableValueHandler } from './application/register/record-rateable-value.js';
import { RegisterStore } from './application/register/register-store.port.js';
import { SearchAccountsHandler } from './application/register/search-accounts.js';
import { SearchHereditamentsHandler } from './application/register/search-hereditaments.js';
import { StartLiabilityHandler } from './application/register/start-liability.js';
import { UpdateAccountHandler } from './application/register/update-account.js';
import { UpdateHereditamentHandler } from './application/register/update-hereditament.js';
import { UpdatePartyHandler } from './application/register/update-party.js';
import { TypeOrmRegisterStore } from './infrastructure/register/typeorm-register-store.js';

/** Business rates register: hereditaments, ratepayers, accounts, liabilities and reliefs. */
@Module({
  providers: [
    { provide: RegisterStore, useClass: TypeOrmRegisterStore },
    CreateHereditamentHandler,
    RecordRateableValueHandler,
    RecordOccupationHandler,
    CreatePartyHandler,
    OpenAccountHandler,
    StartLiabilityHandler,
    EndLiabilityHandler,
    AwardReliefHandler,
    GetAccountHandler,
    GetHereditamentHandler,
    UpdateHereditamentHandler,
    UpdatePartyHandler,
    GetPartyHandler,
    UpdateAccountHandler,
    AddContactHandler,
    AddNoteHandler,
    ListAccountNotesHandler,
    EndReliefHandler,
    SearchAccountsHandler,
    SearchHereditamentsHandler,
  ],
})
export class RegisterModule {}
