import { css } from 'lit';

export const offlineNoticeStyles = css`
  .banner {
    margin: 0;
    padding: 8px 16px;
    background: #eef2ff;
    color: #312e81;
    border-bottom: 1px solid #c7d2fe;
    font-size: 13px;
  }

  form,
  .thanks {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 10px 16px 12px;
    background: #fff;
    border-bottom: 1px solid #e4e4e9;
  }

  .intro {
    margin: 0;
  }

  label {
    color: #4b5160;
    font-size: 13px;
  }

  .thanks {
    color: #166534;
  }
`;
