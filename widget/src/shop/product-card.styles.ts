import { css } from 'lit';

export const productCardStyles = css`
  :host {
    width: 220px;
    flex: none;
  }

  .card {
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    background: #fff;
    border: 1px solid #e4e4e9;
    border-radius: 12px;
  }

  .image {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    background: #eef0f3;
  }

  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 6px;
    padding: 10px 12px 12px;
  }

  .name {
    margin: 0;
    font-size: 14px;
    font-weight: 600;
  }

  .name a {
    color: inherit;
  }

  .prices {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 6px;
    margin: 0;
  }

  .price {
    font-weight: 700;
  }

  .compare {
    color: #6b7080;
    font-size: 13px;
  }

  .meta {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0;
    font-size: 12px;
  }

  .stock {
    padding: 1px 8px;
    border-radius: 999px;
    background: #dcfce7;
    color: #166534;
    font-weight: 600;
  }

  .stock.out {
    background: #fee2e2;
    color: #991b1b;
  }

  .rating {
    color: #4b5160;
  }

  label {
    font-size: 12px;
    color: #4b5160;
  }

  select {
    width: 100%;
  }

  .add {
    margin-top: auto;
    width: 100%;
  }
`;
