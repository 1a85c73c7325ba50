import { msg, str } from '@lit/localize';

/**
 * Every string the visitor sees. Ids are explicit so translations in `locales/` stay keyed by meaning
 * rather than by a hash of the English wording.
 */
export const uiText = {
  openChat: () => msg('Open chat', { id: 'openChat' }),
  openChatUnread: (count: number) => msg(str`Open chat, ${count} unread`, { id: 'openChatUnread' }),
  closeChat: () => msg('Close chat', { id: 'closeChat' }),
  defaultTitle: () => msg('Chat with us', { id: 'defaultTitle' }),
  messages: () => msg('Messages', { id: 'messages' }),
  messageLabel: () => msg('Message', { id: 'messageLabel' }),
  placeholder: () => msg('Write a message…', { id: 'placeholder' }),
  send: () => msg('Send message', { id: 'send' }),
  charactersLeft: (count: number) => msg(str`${count} characters left`, { id: 'charactersLeft' }),
  connecting: () => msg('Connecting…', { id: 'connecting' }),
  reconnecting: () => msg('Connection lost. Reconnecting…', { id: 'reconnecting' }),
  offline: () => msg('The chat is unavailable right now.', { id: 'offline' }),
  rateLimited: () => msg('Too many messages. Please wait a moment.', { id: 'rateLimited' }),
  tryAgain: () => msg('Try again', { id: 'tryAgain' }),
  sending: () => msg('Sending…', { id: 'sending' }),
  notSent: () => msg('Not sent.', { id: 'notSent' }),
  retry: () => msg('Retry', { id: 'retry' }),
  you: () => msg('You', { id: 'you' }),
  assistant: () => msg('Assistant', { id: 'assistant' }),
  agent: () => msg('Team member', { id: 'agent' }),
  typing: () => msg('The assistant is typing…', { id: 'typing' }),
  statusBot: () => msg('Answers instantly, day and night', { id: 'statusBot' }),
  statusWaiting: () => msg('Waiting for a team member…', { id: 'statusWaiting' }),
  statusAssigned: () => msg('A team member is here', { id: 'statusAssigned' }),
  statusResolved: () => msg('Conversation resolved', { id: 'statusResolved' }),
} as const;

export type UiTextId = keyof typeof uiText;
