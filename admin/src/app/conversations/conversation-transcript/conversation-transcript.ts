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
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { EMPTY, Observable, expand, filter, map, reduce, switchMap, tap } from 'rxjs';
import { AuthSession } from '../../core/auth/auth-session';
import { EmptyState } from '../../shared/empty-state';
import { AgentComposer, type ComposedMessage } from '../agent/agent-composer';
import { ConversationActions } from '../agent/conversation-actions';
import { SNOOZE_OPTIONS, type SnoozeOption } from '../agent/snooze-options';
import { newerSnapshot, snapshotOf } from '../conversation-list-updates';
import type { ChatMessage, ConversationSummary, MessageDelta } from '../conversation.models';
import { ConversationEvents } from '../conversation-events';
import { lastSeq, mergeMessages } from '../message-merge';
import { type ReplyDraft, appendDelta, unansweredDrafts } from '../reply-drafts';
import { StatusChip } from '../status-chip';
import { VisitorAvatar } from '../visitor-avatar';
import { CONVERSATION_TRANSCRIPT, type ConversationTranscriptData } from './conversation-transcript.graphql';
import { MessageBubble } from './message-bubble';

/** The contract's default and cap for one page of messages. */
const MESSAGE_PAGE_SIZE = 50;
/** Within this distance of the bottom, new messages keep the view scrolled to the end. */
const STICK_TO_BOTTOM_PX = 80;
/** A typing indicator nobody refreshes goes away after this long (a lost "stopped" signal). */
const TYPING_TIMEOUT_MS = 6_000;

type ConversationAction = 'takeOver' | 'handBack' | 'resolve' | 'reopen' | 'snooze';

type LoadedConversation = NonNullable<ConversationTranscriptData['conversation']>;

interface Transcript {
  readonly id: string;
  readonly conversation: ConversationSummary | null;
  readonly messages: readonly ChatMessage[];
}

/** One conversation, live: messages arrive from events and from catch-up fetches after a reconnect. */
@Component({
  selector: 'sd-conversation-transcript',
  imports: [
    AgentComposer,
    DatePipe,
    EmptyState,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    MessageBubble,
    RouterLink,
    StatusChip,
    VisitorAvatar,
  ],
  templateUrl: './conversation-transcript.html',
  styleUrl: './conversation-transcript.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationTranscript {
  private readonly apollo = inject(Apollo);
  private readonly events = inject(ConversationEvents);
  private readonly actions = inject(ConversationActions);
  private readonly session = inject(AuthSession);
  private readonly me = computed(() => this.session.user()?.id ?? null);
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
  /** Bot replies being written, from MESSAGE_DELTA chunks; only meaningful while the assistant answers. */
  private readonly drafts = linkedSignal<string, readonly ReplyDraft[]>({ source: this.id, computation: () => [] });
  protected readonly visibleDrafts = computed(() =>
    this.conversation()?.status === 'BOT' ? unansweredDrafts(this.drafts(), this.messages()) : [],
  );
  protected readonly assignedToMe = computed(() => {
    const assignee = this.conversation()?.assignee;
    return !!assignee && assignee.id === this.me();
  });
  /** "Visitor 1234 is typing…", while the visitor writes. */
  protected readonly visitorTyping = linkedSignal<string, boolean>({ source: this.id, computation: () => false });
  protected readonly busyAction = signal<ConversationAction | null>(null);
  protected readonly snoozeOptions = SNOOZE_OPTIONS;
  protected readonly actionError = signal<string | null>(null);
  /** Passed to the composer: resolves once stored, so the composer can keep the text on failure. */
  protected readonly sendFromComposer = (message: ComposedMessage): Promise<void> => this.send(message);
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private markedRead = '';

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
        this.trackDrafts(event.delta ?? null, message);
        if (event.typing?.author === 'VISITOR') this.showVisitorTyping(event.typing.active);
        else if (message?.author === 'VISITOR') this.showVisitorTyping(false);
      });

    this.events.reconnected$
      .pipe(
        // Chunks sent while disconnected are lost: the stored reply comes with the catch-up instead.
        tap(() => this.drafts.set([])),
        switchMap(() => this.fetchTranscript(this.id(), lastSeq(this.messages()))),
        takeUntilDestroyed(),
      )
      .subscribe((missed) => this.catchUp(missed));

    effect(() => {
      this.id();
      this.stickToBottom = true;
    });

    // What is on screen is read: tell the server, so every agent's unread count drops.
    effect(() => {
      const conversation = this.conversation();
      const seq = lastSeq(this.messages());
      if (!conversation || conversation.unreadCount === 0 || seq === 0) return;
      const key = `${conversation.id}:${seq}`;
      if (key === this.markedRead) return;
      this.markedRead = key;
      this.actions.markRead(conversation.id, seq).then(
        (updated) => this.liveConversation.update((current) => newerSnapshot(current, updated)),
        () => (this.markedRead = ''),
      );
    });

    afterRenderEffect(() => {
      this.messages();
      this.visibleDrafts();
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

  protected snooze(option: SnoozeOption): Promise<void> {
    return this.act('snooze', option.until(new Date()));
  }

  protected async act(action: ConversationAction, until?: Date): Promise<void> {
    const id = this.id();
    this.busyAction.set(action);
    this.actionError.set(null);
    try {
      const updated = action === 'snooze' ? await this.actions.snooze(id, until ?? new Date()) : await this.actions[action](id);
      this.liveConversation.update((current) => newerSnapshot(current, updated));
    } catch {
      this.actionError.set('That didn’t work. Check your connection and try again.');
    } finally {
      this.busyAction.set(null);
    }
  }

  protected onAgentTyping(active: boolean): void {
    // Only a conversation the visitor can see an agent in: never while the bot answers.
    if (this.conversation()?.status !== 'ASSIGNED') return;
    this.actions.setTyping(this.id(), active).catch(() => undefined);
  }

  /** A chunk extends its draft; a stored bot reply settles it; a conversation the assistant no longer answers has none. */
  private trackDrafts(delta: MessageDelta | null, message: ChatMessage | null): void {
    if (this.conversation()?.status !== 'BOT') this.drafts.set([]);
    else if (delta) this.drafts.update((drafts) => appendDelta(drafts, delta));
    else if (message) this.drafts.update((drafts) => unansweredDrafts(drafts, [message]));
  }

  private async send({ mode, text, imageUrl }: ComposedMessage): Promise<void> {
    const id = this.id();
    const message = mode === 'note' ? await this.actions.addNote(id, text) : await this.actions.reply(id, text, imageUrl);
    this.liveMessages.update((messages) => mergeMessages(messages, [message]));
    this.stickToBottom = true;
  }

  private showVisitorTyping(active: boolean): void {
    clearTimeout(this.typingTimer);
    this.visitorTyping.set(active);
    if (active) this.typingTimer = setTimeout(() => this.visitorTyping.set(false), TYPING_TIMEOUT_MS);
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
  const { id, status, visitor, createdAt, lastMessageAt, lastMessagePreview, assignee, unreadCount, visitorReadSeq, csatScore, csatComment } = conversation;
  return { id, status, visitor, createdAt, lastMessageAt, lastMessagePreview, assignee, unreadCount, lastSeq: conversation.lastSeq, visitorReadSeq, csatScore, csatComment };
}
