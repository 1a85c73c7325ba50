import { css } from 'lit';

export const messageBlocksStyles = css`
  :host {
    align-self: stretch;
  }

  .blocks {
    display: grid;
    gap: 8px;
  }

  .single {
    width: 240px;
    max-width: 100%;
  }

  .carousel {
    display: flex;
    gap: 10px;
    margin: 0 -14px;
    padding: 2px 14px 8px;
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    scroll-padding: 0 14px;
    overscroll-behavior-x: contain;
  }

  .carousel > * {
    scroll-snap-align: start;
  }

  .carousel:focus-visible {
    outline-offset: -3px;
  }

  .replies {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }

  .reply {
    min-height: 36px;
    padding: 6px 14px;
    border: 1px solid var(--sd-primary, #0f766e);
    border-radius: 999px;
    background: #fff;
    color: var(--sd-primary, #0f766e);
    font-weight: 600;
  }

  .reply:hover {
    background: #f0fdfa;
  }

  .picture {
    display: block;
    max-width: 82%;
    max-height: 260px;
    border-radius: 12px;
    object-fit: contain;
  }

  .payment {
    max-width: 82%;
  }
`;
