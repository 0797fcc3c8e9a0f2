import { BadRequestException, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import {
  ImportPaymentFileCommand, ListAccountHoldersQuery, ListPaymentImportsQuery, MAX_PAGE, type AccountHolder, type PaymentFileImported,
} from '../../../../libs/payments-in/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { ListParameters, PaymentImportParameters } from './payments-in.inputs.js';
import { PaymentFileImportedView, PaymentImportView } from './payments-in.views.js';

export const ACCOUNT_HOLDER_COLUMNS = ['account_reference', 'balance_pence', 'name', 'address_line_1', 'address_line_2', 'address_line_3', 'address_line_4', 'postcode'];

@ApiTags('business rates: payments in')
@ApiBearerAuth()
@Controller('v1/business-rates')
export class PaymentImportsHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('payment-imports')
  @ApiOperation({ summary: 'Import a payment file (the body, as text/csv): checked whole, then each line posted once; the same file again posts nothing' })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'Transaction ID,Client Code,Transaction Date,Client Reference,Amount,Payment Channel\nAP0001,ORV,2026-04-01,000000018,120.50,PAYPOINT\n' } })
  @ApiCreatedResponse({ type: PaymentFileImportedView })
  async import(@CurrentActor() actor: Actor, @Query() query: PaymentImportParameters, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    if (typeof request.body !== 'string') throw new BadRequestException('send the file itself as the request body, with content-type text/csv (or text/plain)');
    const content = request.body;
    const imported: PaymentFileImported = await this.commands.execute(new ImportPaymentFileCommand(actor, query.format, query.fileName, content, query.reason));
    response.status(imported.alreadyImported ? 200 : 201);
    return imported;
  }

  @Get('payment-imports')
  @ApiOperation({ summary: 'Payment files imported, latest first, with their totals' })
  @ApiOkResponse({ type: [PaymentImportView] })
  imports(@CurrentActor() actor: Actor, @Query() query: ListParameters) {
    return this.queries.execute(new ListPaymentImportsQuery(actor, query.limit ?? 100));
  }

  @Get('account-holders/export')
  @ApiOperation({ summary: 'Every account\'s reference, balance (pence), name and address, as CSV, for income-management systems' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async exportAccountHolders(@CurrentActor() actor: Actor, @Res() response: Response) {
    // The first page is read before anything is sent, so a refusal is an ordinary error response.
    let page: AccountHolder[] = await this.queries.execute(new ListAccountHoldersQuery(actor, undefined, MAX_PAGE));
    response.status(200).setHeader('content-type', 'text/csv; charset=utf-8');
    response.setHeader('content-disposition', 'attachment; filename="account-holders.csv"');
    const csv = stringify({ header: true, columns: ACCOUNT_HOLDER_COLUMNS });
    csv.pipe(response);
    try {
      for (;;) {
        for (const holder of page) {
          const [line1 = '', line2 = '', line3 = '', line4 = ''] = holder.addressLines;
          if (!csv.write([holder.accountReference, holder.balancePence, holder.name, line1, line2, line3, line4, holder.postcode ?? ''])) await once(csv, 'drain');
        }
        if (page.length < MAX_PAGE) break;
        page = await this.queries.execute(new ListAccountHoldersQuery(actor, page[page.length - 1].accountReference, MAX_PAGE));
      }
      csv.end();
    } catch (error) {
      // Headers are gone: cut the response short so the client sees an incomplete file, not a complete-looking one.
      response.destroy(error as Error);
    }
  }
}
