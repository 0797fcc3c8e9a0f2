import { Module } from '@nestjs/common';
import { AwardReliefHandler } from './application/register/award-relief.js';
import { CreateHereditamentHandler } from './application/register/create-hereditament.js';
import { CreatePartyHandler } from './application/register/create-party.js';
import { EndLiabilityHandler } from './application/register/end-liability.js';
import { GetAccountHandler } from './application/register/get-account.js';
import { GetHereditamentHandler } from './application/register/get-hereditament.js';
import { OpenAccountHandler } from './application/register/open-account.js';
import { RecordOccupationHandler } from './application/register/record-occupation.js';
import { RecordRateableValueHandler } from './application/register/record-rateable-value.js';
import { RegisterStore } from './application/register/register-store.port.js';
import { StartLiabilityHandler } from './application/register/start-liability.js';
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
  ],
})
export class RegisterModule {}
