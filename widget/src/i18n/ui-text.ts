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
  notEnabled: () => msg('The chat is not available on this website.', { id: 'notEnabled' }),
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
  statusSnoozed: () => msg('We will get back to you soon', { id: 'statusSnoozed' }),
  csatQuestion: () => msg('How did we do?', { id: 'csatQuestion' }),
  csatScore: (score: number) => msg(str`${score} out of 5`, { id: 'csatScore' }),
  csatThanks: () => msg('Thanks for your feedback!', { id: 'csatThanks' }),
  openCart: () => msg('Cart', { id: 'openCart' }),
  cartWithItems: (count: number) => msg(str`Cart (${count})`, { id: 'cartWithItems' }),
  talkToHuman: () => msg('Talk to a person', { id: 'talkToHuman' }),
  agentTyping: (name: string) => msg(str`${name} is typing…`, { id: 'agentTyping' }),
  teamTyping: () => msg('A team member is typing…', { id: 'teamTyping' }),
  systemAgentJoined: (name: string) => msg(str`${name} from our team joined the conversation.`, { id: 'systemAgentJoined' }),
  systemAgentLeft: (name: string) =>
    msg(str`${name} left the conversation. Someone else from our team will be with you shortly.`, { id: 'systemAgentLeft' }),
  systemHandedBack: (name: string) => msg(str`${name} left the conversation. Our assistant is here to help again.`, { id: 'systemHandedBack' }),
  systemHumanRequested: () =>
    msg('A member of our team has been asked to join. Please stay here, they will answer in this chat.', { id: 'systemHumanRequested' }),
  systemContactLeft: () => msg('Thanks! Our team will answer by email as soon as they are back.', { id: 'systemContactLeft' }),
  systemResolved: () => msg('This conversation was marked as resolved. Write again any time if you need more help.', { id: 'systemResolved' }),
  systemSnoozed: () => msg('We will get back to you on this conversation soon.', { id: 'systemSnoozed' }),
  systemReopened: () => msg('This conversation was reopened.', { id: 'systemReopened' }),
} as const;

export type UiTextId = keyof typeof uiText;
