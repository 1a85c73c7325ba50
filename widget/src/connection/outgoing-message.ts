import type { ChatErrorCode } from './chat-api-error';

/** A visitor message not yet stored by the server, shown with its delivery state. */
export interface OutgoingMessage {
  localId: string;
  text: string;
  state: 'queued' | 'sending' | 'failed';
  error: ChatErrorCode | null;
}
