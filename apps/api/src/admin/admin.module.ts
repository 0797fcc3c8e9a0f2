import { type DynamicModule, Module } from '@nestjs/common';
import { TokenVerifier } from '../../../../libs/identity/src/index.js';
import type { ApiConfig } from '../config/api-config.js';
import { AccountActionsController } from './account-actions.controller.js';
import { AccountDocumentsController } from './account-documents.controller.js';
import { AccountChangesController } from './account-changes.controller.js';
import { AccountsController } from './accounts.controller.js';
import { AdminErrorFilter } from './admin-error.filter.js';
import { AdminForms } from './admin-forms.js';
import { AdminGraphql } from './admin-graphql.js';
import { AdminSessions } from './admin-sessions.js';
import { ADMIN_AUTH_SETTINGS, ADMIN_CONFIG } from './admin-tokens.js';
import { AdminViews } from './admin-views.js';
import { ApiLoopback } from './api-loopback.js';
import { CouncilRecordsController } from './council-records.controller.js';
import { PaymentsInController } from './payments-in.controller.js';
import { PolicyController } from './policy.controller.js';
import { SignInController } from './sign-in.controller.js';
import { SignInService } from './sign-in.service.js';
import { WebhooksController } from './webhooks.controller.js';

/** The staff admin UI at /admin: server-rendered GOV.UK Frontend pages over the service's GraphQL API. */
@Module({})
export class AdminModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AdminModule,
      controllers: [SignInController, AccountsController, AccountActionsController, AccountChangesController, AccountDocumentsController, CouncilRecordsController, PaymentsInController, PolicyController, WebhooksController],
      providers: [
        { provide: ADMIN_CONFIG, useValue: config.admin },
        { provide: ADMIN_AUTH_SETTINGS, useValue: config.auth },
        // Checks the token a sign-in yields exactly as the API will check it on every call.
        { provide: TokenVerifier, useFactory: () => TokenVerifier.create(config.auth) },
        AdminViews,
        AdminSessions,
        AdminGraphql,
        AdminForms,
        ApiLoopback,
        SignInService,
        AdminErrorFilter,
      ],
    };
  }
}
