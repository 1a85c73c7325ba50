import { Injectable, inject } from '@angular/core';
import type { TypedDocumentNode } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { ChatMessage, ConversationSummary } from '../conversation.models';
import {
  ADD_INTERNAL_NOTE,
  CANNED_REPLIES,
  type CannedReply,
  HAND_BACK,
  MARK_READ,
  REOPEN,
  RESOLVE,
  SEND_AGENT_MESSAGE,
  SET_TYPING,
  SNOOZE,
  TAKE_OVER,
} from './conversation-actions.graphql';

/** What an agent does in a conversation. Results also arrive as live events; callers may use either. */
@Injectable({ providedIn: 'root' })
export class ConversationActions {
  private readonly apollo = inject(Apollo);

  takeOver(conversationId: string): Promise<ConversationSummary> {
    return this.run(TAKE_OVER, { conversationId }, (data) => data.takeOverConversation);
  }

  handBack(conversationId: string): Promise<ConversationSummary> {
    return this.run(HAND_BACK, { conversationId }, (data) => data.handBackConversation);
  }

  resolve(conversationId: string): Promise<ConversationSummary> {
    return this.run(RESOLVE, { conversationId }, (data) => data.resolveConversation);
  }

  reopen(conversationId: string): Promise<ConversationSummary> {
    return this.run(REOPEN, { conversationId }, (data) => data.reopenConversation);
  }

  /** Parks the conversation until `until`; it reopens by itself then, or when the visitor writes. */
  snooze(conversationId: string, until: Date): Promise<ConversationSummary> {
    return this.run(SNOOZE, { input: { conversationId, until: until.toISOString() } }, (data) => data.snoozeConversation);
  }

  reply(conversationId: string, text: string, imageUrl: string | null = null): Promise<ChatMessage> {
    const input = imageUrl ? { conversationId, text, imageUrl } : { conversationId, text };
    return this.run(SEND_AGENT_MESSAGE, { input }, (data) => data.sendAgentMessage);
  }

  addNote(conversationId: string, text: string): Promise<ChatMessage> {
    return this.run(ADD_INTERNAL_NOTE, { input: { conversationId, text } }, (data) => data.addInternalNote);
  }

  setTyping(conversationId: string, active: boolean): Promise<boolean> {
    return this.run(SET_TYPING, { conversationId, active }, (data) => data.setTyping);
  }

  markRead(conversationId: string, seq: number): Promise<ConversationSummary> {
    return this.run(MARK_READ, { conversationId, seq }, (data) => data.markConversationRead);
  }

  async cannedReplies(search: string | null = null): Promise<readonly CannedReply[]> {
    const result = await firstValueFrom(this.apollo.query({ query: CANNED_REPLIES, variables: { search }, fetchPolicy: 'network-only' }));
    return result.data?.cannedReplies ?? [];
  }

  private async run<D, V extends Record<string, unknown>, R>(mutation: TypedDocumentNode<D, V>, variables: V, pick: (data: D) => R): Promise<R> {
    const result = await firstValueFrom(this.apollo.mutate<D, V>({ mutation, variables }));
    if (!result.data) throw new Error('The server did not answer');
    return pick(result.data as D);
  }
}
