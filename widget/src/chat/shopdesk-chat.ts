import { ShopdeskChat } from './shopdesk-chat.component';

export { ShopdeskChat };
export type { ShopdeskCartDetail, ShopdeskEventMap, ShopdeskMessageDetail } from './shopdesk-events';

// A store may paste the loader twice, or bundle its own copy: the first definition wins.
if (!customElements.get('shopdesk-chat')) customElements.define('shopdesk-chat', ShopdeskChat);

declare global {
  interface HTMLElementTagNameMap {
    'shopdesk-chat': ShopdeskChat;
  }
}
