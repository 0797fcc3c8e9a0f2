import { Module } from '@nestjs/common';
import { EventsHttpController } from './events.http.controller.js';
import { EventsResolver } from './events.resolver.js';

/** The GraphQL and REST adapters for events out: subscriptions, events, deliveries and replay. */
@Module({ controllers: [EventsHttpController], providers: [EventsResolver] })
export class EventsApiModule {}
