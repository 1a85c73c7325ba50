import { css } from 'lit';

export const cartDrawerStyles = css`
  :host {
    position: absolute;
    inset: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    background: #fff;
    animation: slide-in 0.18s ease-out;
  }

  @keyframes slide-in {
    from {
      transform: translateX(24px);
      opacity: 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      animation: none;
    }
  }

  .top {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 12px 10px 12px 18px;
    border-bottom: 1px solid #e4e4e9;
  }

  h2 {
    flex: 1;
    margin: 0;
    font-size: 17px;
    font-weight: 650;
  }

  h2:focus {
    outline: none;
  }

  .close {
    width: 40px;
    height: 40px;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: transparent;
    font-size: 22px;
    line-height: 1;
  }

  .close:hover {
    background: #f3f4f6;
  }

  .content {
    flex: 1;
    display: grid;
    align-content: start;
    gap: 14px;
    padding: 14px 16px 18px;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .empty {
    margin: 24px 0;
    color: #4b5160;
    text-align: center;
  }

  ul {
    display: grid;
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .line {
    display: grid;
    grid-template-columns: 56px 1fr auto;
    gap: 4px 10px;
    align-items: start;
  }

  .thumb {
    grid-row: span 2;
    width: 56px;
    height: 56px;
    overflow: hidden;
    border-radius: 8px;
    background: #eef0f3;
  }

  .thumb img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .line-name {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .sku {
    display: block;
    color: #6b7080;
    font-size: 12px;
    font-weight: 400;
  }

  .line-total {
    margin: 0;
    font-weight: 600;
    text-align: right;
  }

  .controls {
    grid-column: 2 / 4;
    display: flex;
    align-items: center;
    gap: 6px;
  }

  .stepper {
    display: inline-flex;
    align-items: center;
    border: 1px solid #c9ccd3;
    border-radius: 8px;
  }

  .stepper button {
    width: 36px;
    height: 36px;
    border: none;
    background: none;
    font-size: 18px;
    line-height: 1;
  }

  .stepper input {
    width: 44px;
    min-height: 36px;
    padding: 4px;
    border: none;
    border-radius: 0;
    text-align: center;
    -moz-appearance: textfield;
  }

  .remove {
    margin-left: auto;
    padding: 4px 0;
    border: none;
    background: none;
    color: #4b5160;
    font-size: 13px;
    text-decoration: underline;
  }

  .unavailable {
    color: #b91c1c;
    font-size: 12px;
  }

  form {
    display: grid;
    gap: 6px;
  }

  .row {
    display: flex;
    gap: 8px;
  }

  .row input {
    flex: 1;
    min-width: 0;
  }

  label {
    color: #4b5160;
    font-size: 13px;
  }

  .applied {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0;
    font-size: 13px;
  }

  .applied button {
    padding: 0;
    border: none;
    background: none;
    text-decoration: underline;
  }

  dl {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 4px 12px;
    margin: 0;
    padding-top: 10px;
    border-top: 1px solid #e4e4e9;
  }

  dt {
    color: #4b5160;
  }

  dd {
    margin: 0;
    text-align: right;
  }

  .grand {
    color: #1f2430;
    font-size: 16px;
    font-weight: 700;
  }

  .checkout {
    margin-top: 4px;
  }
`;
