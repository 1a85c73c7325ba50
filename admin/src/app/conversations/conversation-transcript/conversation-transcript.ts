import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { EMPTY, Observable, expand, filter, map, reduce, switchMap } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import { newerSnapshot, snapshotOf } from '../conversation-list-updates';
import type { ChatMessage, ConversationSummary } from '../conversation.models';
import { ConversationEvents } from '../conversation-events';
import { lastSeq, mergeMessages } from '../message-merge';
import { StatusChip } from '../status-chip';
import { VisitorAvatar } from '../visitor-avatar';
import { CONVERSATION_TRANSCRIPT, type ConversationTranscriptData } from './conversation-transcript.graphql';
import { MessageBubble } from './message-bubble';

/** The contract's default and cap for one page of messages. */
const MESSAGE_PAGE_SIZE = 50;
/** Within this distance of the bottom, new messages keep the view scrolled to the end. */
const STICK_TO_BOTTOM_PX = 80;

type LoadedConversation = NonNullable<ConversationTranscriptData['conversation']>;

interface Transcript {
  readonly id: string;
  readonly conversation: ConversationSummary | null;
  readonly messages: readonly ChatMessage[];
}

/** One conversation, live: messages arrive from events and from catch-up fetches after a reconnect. */
@Component({
  selector: 'sd-conversation-transcript',
  imports: [DatePipe, EmptyState, MatButtonModule, MatIconModule, MatProgressBarModule, MessageBubble, RouterLink, StatusChip, VisitorAvatar],
  templateUrl: './conversation-transcript.html',
  styleUrl: './conversation-transcript.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationTranscript {
  private readonly apollo = inject(Apollo);
  private readonly events = inject(ConversationEvents);
  private readonly scroller = viewChild<ElementRef<HTMLElement>>('scroller');
  private stickToBottom = true;

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly transcript = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.fetchTranscript(id, 0),
  });
  /** Newer copies of the conversation than the loaded one, from events and catch-ups. */
  private readonly liveConversation = linkedSignal<string, ConversationSummary | null>({
    source: this.id,
    computation: () => null,
  });
  /** Messages received after opening, merged with the loaded ones: overlaps are expected and harmless. */
  private readonly liveMessages = linkedSignal<string, readonly ChatMessage[]>({
    source: this.id,
    computation: () => [],
  });

  protected readonly loading = this.transcript.isLoading;
  protected readonly failed = computed(() => this.transcript.status() === 'error');
  protected readonly conversation = computed(() => {
    const loaded = this.transcript.value()?.conversation ?? null;
    const live = this.liveConversation();
    return live ? newerSnapshot(loaded, live) : loaded;
  });
  protected readonly notFound = computed(() => this.transcript.hasValue() && this.conversation() === null);
  protected readonly messages = computed(() =>
    mergeMessages(this.transcript.value()?.messages ?? [], this.liveMessages()),
  );

  constructor() {
    this.events.events$
      .pipe(
        filter((event) => event.conversation.id === this.id()),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        this.liveConversation.update((current) => newerSnapshot(current, snapshotOf(event)));
        const message = event.message;
        if (message) this.liveMessages.update((messages) => mergeMessages(messages, [message]));
      });

    this.events.reconnected$
      .pipe(
        switchMap(() => this.fetchTranscript(this.id(), lastSeq(this.messages()))),
        takeUntilDestroyed(),
      )
      .subscribe((missed) => this.catchUp(missed));

    effect(() => {
      this.id();
      this.stickToBottom = true;
    });

    afterRenderEffect(() => {
      this.messages();
      const scroller = this.scroller()?.nativeElement;
      if (scroller && this.stickToBottom) scroller.scrollTop = scroller.scrollHeight;
    });
  }

  protected onScroll(scroller: HTMLElement): void {
    this.stickToBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < STICK_TO_BOTTOM_PX;
  }

  protected retry(): void {
    this.transcript.reload();
  }

  private catchUp(missed: Transcript): void {
    // The reply may belong to a conversation that has since been closed.
    if (missed.id !== this.id()) return;
    const conversation = missed.conversation;
    if (conversation) this.liveConversation.update((current) => newerSnapshot(current, conversation));
    this.liveMessages.update((messages) => mergeMessages(messages, missed.messages));
  }

  /** The conversation and all its messages after `afterSeq`, page by page. */
  private fetchTranscript(id: string, afterSeq: number): Observable<Transcript> {
    const page = (after: number): Observable<LoadedConversation | null> =>
      this.apollo
        .query({
          query: CONVERSATION_TRANSCRIPT,
          variables: { id, afterSeq: after, first: MESSAGE_PAGE_SIZE },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => result.data?.conversation ?? null));

    return page(afterSeq).pipe(
      expand((conversation) =>
        conversation && conversation.messages.length === MESSAGE_PAGE_SIZE ? page(lastSeq(conversation.messages)) : EMPTY,
      ),
      reduce<LoadedConversation | null, Transcript>(
        (transcript, conversation) => ({
          id,
          conversation: conversation ? summaryOf(conversation) : transcript.conversation,
          messages: mergeMessages(transcript.messages, conversation?.messages ?? []),
        }),
        { id, conversation: null, messages: [] },
      ),
    );
  }
}

function summaryOf(conversation: ConversationSummary): ConversationSummary {
  const { id, status, visitor, createdAt, lastMessageAt, lastMessagePreview } = conversation;
  return { id, status, visitor, createdAt, lastMessageAt, lastMessagePreview };
}
