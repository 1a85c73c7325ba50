import { css } from 'lit';
import { shadowResetStyles } from '../styles/shadow-reset.styles';

/** What every shopping part starts from: no inherited page styles, the widget's focus ring and buttons. */
export const shopBaseStyles = css`
  ${shadowResetStyles}

  :host {
    all: initial;
    display: block;
    font-family: inherit;
    font-size: 14px;
    line-height: 1.4;
    color: #1f2430;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  button {
    cursor: pointer;
  }

  button:disabled {
    cursor: default;
    opacity: 0.6;
  }

  /* 16px keeps iOS Safari from zooming into the page on focus. */
  input,
  select {
    min-height: 40px;
    padding: 8px 10px;
    font-size: 16px;
    background: #fff;
    border: 1px solid #c9ccd3;
    border-radius: 8px;
  }

  :focus-visible {
    outline: 3px solid #2563eb;
    outline-offset: 2px;
  }

  .primary {
    min-height: 40px;
    padding: 8px 14px;
    border: none;
    border-radius: 8px;
    background: var(--sd-primary, #0f766e);
    color: var(--sd-on-primary, #fff);
    font-weight: 600;
  }

  .secondary {
    min-height: 40px;
    padding: 8px 14px;
    border: 1px solid #c9ccd3;
    border-radius: 8px;
    background: #fff;
  }

  .feedback {
    margin: 6px 0 0;
    font-size: 13px;
  }

  .feedback.error {
    color: #b91c1c;
  }

  .feedback.success {
    color: #166534;
  }

  .payment {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 12px;
    border: 1px solid #e4e4e9;
    border-radius: 12px;
    background: #fff;
  }

  .payment p {
    margin: 0;
  }

  .payment .primary {
    display: block;
    text-align: center;
    text-decoration: none;
  }

  .payment .note {
    color: #4b5160;
    font-size: 13px;
  }
`;
