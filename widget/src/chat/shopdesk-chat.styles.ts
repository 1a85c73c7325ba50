import { css } from 'lit';
import { shadowResetStyles } from '../styles/shadow-reset.styles';

export const shopdeskChatStyles = css`
  ${shadowResetStyles}

  :host {
    /* Store pages style everything; nothing of theirs may leak into the widget. */
    all: initial;
    display: block;
    position: fixed;
    z-index: 2147483000;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    font-size: 15px;
    line-height: 1.45;
    color: #1f2430;
    -webkit-font-smoothing: antialiased;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid #2563eb;
    outline-offset: 2px;
  }

  .launcher {
    position: fixed;
    right: 20px;
    bottom: 20px;
    width: 60px;
    height: 60px;
    padding: 0;
    border: none;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: var(--sd-primary);
    color: var(--sd-on-primary);
    box-shadow:
      0 6px 20px rgba(17, 24, 39, 0.25),
      0 2px 6px rgba(17, 24, 39, 0.15);
    transition: transform 0.15s ease;
  }

  .launcher:hover {
    transform: scale(1.05);
  }

  /* The white halo keeps the ring visible on any page background and any brand colour. */
  .launcher:focus-visible {
    outline: 3px solid var(--sd-primary);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px #fff;
  }

  .left .launcher {
    right: auto;
    left: 20px;
  }

  .badge {
    position: absolute;
    top: -2px;
    right: -2px;
    min-width: 22px;
    height: 22px;
    padding: 0 6px;
    border-radius: 11px;
    background: #dc2626;
    color: #fff;
    font-size: 12px;
    font-weight: 700;
    line-height: 22px;
    text-align: center;
    box-shadow: 0 0 0 2px #fff;
  }

  .panel {
    position: fixed;
    right: 20px;
    bottom: 92px;
    width: 380px;
    max-width: calc(100vw - 40px);
    height: 620px;
    max-height: calc(100vh - 116px);
    max-height: calc(100dvh - 116px);
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: #fff;
    border-radius: 16px;
    box-shadow:
      0 12px 48px rgba(17, 24, 39, 0.22),
      0 2px 8px rgba(17, 24, 39, 0.12);
    transform-origin: bottom right;
    animation: pop-in 0.18s ease-out;
  }

  .left .panel {
    right: auto;
    left: 20px;
    transform-origin: bottom left;
  }

  @keyframes pop-in {
    from {
      opacity: 0;
      transform: translateY(8px) scale(0.98);
    }
  }

  .header {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 14px 10px 14px 18px;
    background: var(--sd-primary);
    color: var(--sd-on-primary);
  }

  /* Only groups what the cart drawer makes inert; the panel's flex layout goes through it. */
  .panel-body {
    display: contents;
  }

  .cart-button {
    position: relative;
  }

  .cart-count {
    position: absolute;
    top: 2px;
    right: 0;
    min-width: 18px;
    height: 18px;
    padding: 0 5px;
    border-radius: 9px;
    background: #fff;
    color: #1f2430;
    font-size: 11px;
    font-weight: 700;
    line-height: 18px;
    text-align: center;
  }

  .header-text {
    flex: 1;
    min-width: 0;
  }

  .title {
    margin: 0;
    font-size: 17px;
    font-weight: 650;
    line-height: 1.3;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .subtitle {
    margin: 2px 0 0;
    font-size: 13px;
    opacity: 0.88;
  }

  .icon-button {
    flex: none;
    width: 40px;
    height: 40px;
    padding: 0;
    border: none;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: transparent;
  }

  .icon-button:hover {
    background: rgba(127, 127, 127, 0.2);
  }

  .header :focus-visible {
    outline-color: currentColor;
  }

  .notice {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0;
    padding: 8px 16px;
    font-size: 13px;
    background: #fef3c7;
    color: #713f12;
    border-bottom: 1px solid #fde68a;
  }

  .notice.error {
    background: #fee2e2;
    color: #7f1d1d;
    border-color: #fecaca;
  }

  .pulse {
    flex: none;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: currentColor;
    animation: pulse 1.2s ease-in-out infinite;
  }

  @keyframes pulse {
    50% {
      opacity: 0.25;
    }
  }

  .link-button {
    margin-left: auto;
    padding: 2px 0;
    border: none;
    background: none;
    font-weight: 600;
    text-decoration: underline;
  }

  .messages {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: 16px 14px;
    overflow-y: auto;
    overscroll-behavior: contain;
    background: #f6f6f8;
  }

  .messages:focus-visible {
    outline-offset: -3px;
  }

  .message {
    max-width: 82%;
    margin: 0;
    padding: 9px 13px;
    border-radius: 16px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .message a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  .visitor {
    align-self: flex-end;
    background: var(--sd-primary);
    color: var(--sd-on-primary);
    border-bottom-right-radius: 4px;
  }

  .bot,
  .agent {
    align-self: flex-start;
    background: #fff;
    color: #1f2430;
    border: 1px solid #e4e4e9;
    border-bottom-left-radius: 4px;
  }

  .draft {
    opacity: 0.8;
  }

  .system {
    align-self: center;
    max-width: 90%;
    padding: 2px 8px;
    color: #5b6170;
    font-size: 13px;
    text-align: center;
  }

  .author {
    display: block;
    margin-bottom: 2px;
    color: #4b5160;
    font-size: 12px;
    font-weight: 600;
  }

  .pending {
    opacity: 0.65;
  }

  .failed {
    background: #fff;
    color: #991b1b;
    border: 1px solid #fca5a5;
    opacity: 1;
  }

  .delivery {
    align-self: flex-end;
    display: flex;
    gap: 8px;
    margin-top: -4px;
    color: #b91c1c;
    font-size: 12px;
  }

  .delivery .link-button {
    margin-left: 0;
  }

  .typing {
    align-self: flex-start;
    display: flex;
    gap: 4px;
    padding: 13px 14px;
    background: #fff;
    border: 1px solid #e4e4e9;
    border-radius: 16px;
    border-bottom-left-radius: 4px;
  }

  .typing .dot {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: #9ca3af;
    animation: bounce 1.2s ease-in-out infinite;
  }

  .typing .dot:nth-child(3) {
    animation-delay: 0.15s;
  }

  .typing .dot:nth-child(4) {
    animation-delay: 0.3s;
  }

  .agent-typing {
    align-items: center;
    padding: 8px 12px;
  }

  .typing-label {
    margin-right: 4px;
    color: #4b5160;
    font-size: 13px;
  }

  .csat {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 2px;
    margin: 0;
    padding: 6px 14px;
    border-top: 1px solid #e4e4e9;
    background: #fff;
    color: #1f2430;
    font-size: 14px;
  }

  .csat-question {
    margin-right: 6px;
  }

  .star {
    min-width: 32px;
    min-height: 32px;
    border: none;
    background: none;
    color: #d1a300;
    font-size: 20px;
    line-height: 1;
  }

  .star:hover,
  .star:focus-visible {
    transform: scale(1.15);
  }

  .actions {
    display: flex;
    justify-content: center;
    padding: 6px 14px;
    border-top: 1px solid #e4e4e9;
    background: #fff;
  }

  .actions .human {
    margin-left: 0;
    min-height: 32px;
    color: #1f2430;
    font-size: 14px;
  }

  .actions .human:disabled {
    opacity: 0.5;
  }

  @keyframes bounce {
    30% {
      transform: translateY(-4px);
      opacity: 0.6;
    }
  }

  .composer {
    display: flex;
    align-items: flex-end;
    gap: 8px;
    margin: 0;
    padding: 10px 10px 10px 14px;
    background: #fff;
    border-top: 1px solid #e4e4e9;
  }

  textarea {
    flex: 1;
    min-width: 0;
    min-height: 42px;
    max-height: 140px;
    margin: 0;
    padding: 9px 14px;
    resize: none;
    /* 16px keeps iOS Safari from zooming into the page on focus. */
    font: inherit;
    font-size: 16px;
    line-height: 1.4;
    color: #111827;
    background: #fff;
    border: 1px solid #c9ccd3;
    border-radius: 21px;
  }

  textarea::placeholder {
    color: #6b7080;
  }

  textarea:focus-visible {
    outline: 2px solid var(--sd-primary);
    outline-offset: 0;
    border-color: transparent;
  }

  .send {
    flex: none;
    width: 42px;
    height: 42px;
    padding: 0;
    border: none;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: var(--sd-primary);
    color: var(--sd-on-primary);
  }

  .send:disabled {
    background: #e5e7eb;
    color: #8b909c;
    cursor: default;
  }

  .counter {
    margin: 0;
    padding: 0 16px 8px;
    background: #fff;
    color: #b91c1c;
    font-size: 12px;
    text-align: right;
  }

  @media (max-width: 480px) {
    .panel,
    .left .panel {
      inset: 0;
      width: 100%;
      max-width: none;
      height: 100vh;
      height: 100dvh;
      max-height: none;
      border-radius: 0;
      animation: none;
    }

    /* The full-screen panel has its own close button; the launcher would cover the composer. */
    .open .launcher {
      display: none;
    }

    .composer {
      padding-bottom: calc(10px + env(safe-area-inset-bottom, 0px));
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .panel,
    .pulse,
    .typing .dot {
      animation: none;
    }

    .launcher {
      transition: none;
    }
  }
`;
