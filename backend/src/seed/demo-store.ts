/** The demo store created on first start, and its owner's login (printed at boot). */
export const DEMO_STORE = {
  name: 'Luma Demo Store',
  slug: 'demo',
  ownerEmail: 'demo@shopdesk.local',
  ownerPassword: 'shopdesk-demo',
  ownerName: 'Demo Owner',
} as const;
