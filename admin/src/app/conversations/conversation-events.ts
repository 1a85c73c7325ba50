import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { Observable, defer, filter, map, retry, share } from 'rxjs';
import { RealtimeConnection } from '../core/graphql/realtime-connection';
import type { ConversationEvent } from './conversation.models';
import { TENANT_CONVERSATION_EVENTS } from './conversation-events.graphql';

const RESUBSCRIBE_DELAY_MS = 5_000;

/**
 * Every conversation event of the store, from one subscription shared by the list and the open
 * transcript. It runs while someone listens and stops when the conversations pages close.
 */
@Injectable()
export class ConversationEvents {
  private readonly apollo = inject(Apollo);

  /** After the socket comes back: what happened meanwhile was not delivered, fetch it. */
  readonly reconnected$: Observable<void> = inject(RealtimeConnection).reconnected$;

  readonly events$: Observable<ConversationEvent> = defer(() =>
    this.apollo.subscribe({ query: TENANT_CONVERSATION_EVENTS }),
  ).pipe(
    map((result) => result.data?.tenantConversationEvents),
    filter((event): event is ConversationEvent => event != null),
    retry({ delay: RESUBSCRIBE_DELAY_MS }),
    share(),
  );
}
