import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChatApiError } from '../connection/chat-api-error';
import type { ChatConnectionController } from '../connection/chat-connection.controller';
import type { ChatTransport } from '../connection/chat-transport';
import type { CancelledOrder, Cart, CartChange, PaymentLink, ShopFailure, ShopOutcome } from '../connection/shop-types';
import type { ShopActions } from './shop-actions';

function unreachable(error: unknown): ShopFailure {
  return { ok: false, code: ChatApiError.codeOf(error), message: '' };
}

/** The visitor's cart and shop actions, over the chat connection's session. */
export class ShopController implements ReactiveController, ShopActions {
  cart: Cart | null = null;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly connection: ChatConnectionController,
    private readonly cartChanged: (cart: Cart) => void,
  ) {
    host.addController(this);
  }

  /** Nothing to start with the host: the cart loads when the panel first opens. */
  hostConnected(): void {}

  /** Re-reads the cart: the assistant may have changed it, or another tab. Concurrent calls share one request. */
  refreshCart(): Promise<void> {
    this.refreshing ??= this.connection
      .authorized((transport, token) => transport.fetchCart(token))
      .then(
        (cart) => this.setCart(cart),
        () => undefined,
      )
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  async changeCart(change: CartChange): Promise<ShopOutcome<Cart>> {
    const outcome = await this.run((transport, token) => transport.changeCart(token, change));
    if (outcome.ok) this.setCart(outcome.value);
    return outcome;
  }

  async checkout(email: string, name: string): Promise<ShopOutcome<PaymentLink>> {
    const conversationId = this.connection.activeConversationId;
    const input = { email, ...(name ? { name } : {}), ...(conversationId ? { conversationId } : {}) };
    const outcome = await this.run((transport, token) => transport.checkout(token, input));
    // The order took the cart's lines.
    if (outcome.ok) void this.refreshCart();
    return outcome;
  }

  cancelOrder(orderNumber: string): Promise<ShopOutcome<CancelledOrder>> {
    return this.run((transport, token) => transport.cancelOrder(token, orderNumber));
  }

  leaveContactEmail(email: string, message: string): Promise<ShopOutcome<null>> {
    const conversationId = this.connection.activeConversationId;
    const request = { email, ...(message ? { message } : {}), ...(conversationId ? { conversationId } : {}) };
    return this.run(async (transport, token) => {
      await transport.leaveContactEmail(token, request);
      return { ok: true, value: null };
    });
  }

  send(text: string): void {
    this.connection.send(text);
  }

  private async run<T>(call: (transport: ChatTransport, token: string) => Promise<ShopOutcome<T>>): Promise<ShopOutcome<T>> {
    try {
      return await this.connection.authorized(call);
    } catch (error) {
      return unreachable(error);
    }
  }

  private setCart(cart: Cart): void {
    const changed = JSON.stringify(cart) !== JSON.stringify(this.cart);
    this.cart = cart;
    if (!changed) return;
    this.host.requestUpdate();
    this.cartChanged(cart);
  }
}
