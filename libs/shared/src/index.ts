export * from './lib/roles';
export * from './lib/conversation';
export * from './lib/typing-throttle';
export * from './lib/message-blocks';
