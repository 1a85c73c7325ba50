import { Injectable, Logger } from '@nestjs/common';

/** A visitor's message on its way into one of their open conversations. */
export interface VisitorMessageArrival {
  tenantId: string;
  conversationId: string;
  /** The id the message has once stored. */
  messageId: string;
  visitorId: string;
  text: string;
  /** The visitor's browser language. */
  locale: string;
  /** Settles when the write is over: true once the message is stored, false if it was not (it may still be written another way, under a new id). */
  stored: Promise<boolean>;
}

type ArrivalListener = (arrival: VisitorMessageArrival) => void;

/**
 * Tells listeners in this process about a visitor's message while it is being written, so work
 * that only needs to read (the assistant gathering what it answers from) can overlap the write.
 * Nothing here is durable or may act: what a message causes still hangs on MessageCreatedEvent,
 * delivered after commit.
 */
@Injectable()
export class VisitorMessageArrivals {
  private readonly logger = new Logger(VisitorMessageArrivals.name);
  private readonly listeners: ArrivalListener[] = [];

  listen(listener: ArrivalListener): void {
    this.listeners.push(listener);
  }

  /** Runs every listener at once; a listener that throws costs its own head start only. */
  announce(arrival: VisitorMessageArrival): void {
    for (const listener of this.listeners) {
      try {
        listener(arrival);
      } catch (error) {
        this.logger.error({ err: error }, 'Arrival listener failed');
      }
    }
  }
}
