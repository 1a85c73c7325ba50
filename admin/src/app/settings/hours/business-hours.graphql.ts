import { gql, type TypedDocumentNode } from '@apollo/client';

export interface BusinessDay {
  readonly day: number;
  readonly open: string;
  readonly close: string;
}

export interface BusinessHours {
  readonly enabled: boolean;
  readonly days: readonly BusinessDay[];
  readonly offlineMessage: string;
  readonly timeZone: string;
}

export type BusinessHoursInput = Omit<BusinessHours, 'timeZone'>;

const BUSINESS_HOURS_FIELDS = gql`
  fragment BusinessHoursFields on BusinessHours {
    enabled
    offlineMessage
    timeZone
    days {
      day
      open
      close
    }
  }
`;

export const BUSINESS_HOURS: TypedDocumentNode<{ readonly businessHours: BusinessHours }, Record<string, never>> = gql`
  query BusinessHours {
    businessHours {
      ...BusinessHoursFields
    }
  }
  ${BUSINESS_HOURS_FIELDS}
`;

export const UPDATE_BUSINESS_HOURS: TypedDocumentNode<{ readonly updateBusinessHours: BusinessHours }, { readonly input: BusinessHoursInput }> = gql`
  mutation UpdateBusinessHours($input: UpdateBusinessHoursInput!) {
    updateBusinessHours(input: $input) {
      ...BusinessHoursFields
    }
  }
  ${BUSINESS_HOURS_FIELDS}
`;
