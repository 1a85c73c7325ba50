import { localized } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { WidgetAvailability } from '../connection/chat-types';
import { failureText, formatDateTime } from './shop-format';
import type { ShopActions } from './shop-actions';
import { shopBaseStyles } from './shop-base.styles';
import { shopText } from './shop-text';
import { offlineNoticeStyles } from './offline-notice.styles';

/** Outside opening hours: when the team is back, and a form to leave an email instead of waiting. */
@localized()
export class ShopdeskOfflineNotice extends LitElement {
  static override styles = [shopBaseStyles, offlineNoticeStyles];

  @property({ attribute: false }) availability: WidgetAvailability | null = null;
  @property({ attribute: false }) shop: ShopActions | null = null;
  /** The visitor asked for a person: offer the email form. */
  @property({ type: Boolean }) asking = false;

  @state() private sending = false;
  @state() private sentTo = '';
  @state() private error = '';

  override render(): TemplateResult | typeof nothing {
    const availability = this.availability;
    if (!availability || availability.open) return nothing;
    return html`<p class="banner">
        ${availability.message}
        ${availability.nextOpenAt ? shopText.awayUntil(formatDateTime(availability.nextOpenAt)) : nothing}
      </p>
      ${this.asking ? this.renderContact() : nothing}`;
  }

  private renderContact(): TemplateResult {
    if (this.sentTo) return html`<p class="thanks" role="status">${shopText.contactThanks(this.sentTo)}</p>`;
    return html`<form @submit=${this.onSubmit} aria-labelledby="contact-intro">
      <p class="intro" id="contact-intro">${shopText.contactIntro()}</p>
      <label for="contact-email">${shopText.email()}</label>
      <input id="contact-email" name="email" type="email" autocomplete="email" required />
      <label for="contact-message">${shopText.messageOptional()}</label>
      <input id="contact-message" name="message" type="text" maxlength="1000" />
      <button class="primary" type="submit" ?disabled=${this.sending}>${shopText.sendContact()}</button>
      <p class="feedback error" role="alert">${this.error || nothing}</p>
    </form>`;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.shop) return;
    const data = new FormData(event.target as HTMLFormElement);
    const email = String(data.get('email') ?? '').trim();
    this.sending = true;
    this.error = '';
    const outcome = await this.shop.leaveContactEmail(email, String(data.get('message') ?? '').trim());
    this.sending = false;
    if (outcome.ok) this.sentTo = email;
    else this.error = failureText(outcome);
  }
}
