import { css } from 'lit';

export const orderCardStyles = css`
  .card {
    display: grid;
    gap: 6px;
    padding: 12px;
    background: #fff;
    border: 1px solid #e4e4e9;
    border-radius: 12px;
  }

  .top {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }

  .number {
    margin: 0;
    font-size: 14px;
    font-weight: 650;
  }

  .chip {
    padding: 1px 8px;
    border-radius: 999px;
    background: #e0e7ff;
    color: #3730a3;
    font-size: 12px;
    font-weight: 600;
    white-space: nowrap;
  }

  .chip.good {
    background: #dcfce7;
    color: #166534;
  }

  .chip.bad {
    background: #f3f4f6;
    color: #374151;
  }

  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 12px;
    margin: 0;
    font-size: 13px;
  }

  dt {
    color: #4b5160;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .confirm {
    margin: 4px 0 0;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }

  .danger {
    background: #b91c1c;
    color: #fff;
  }
`;
