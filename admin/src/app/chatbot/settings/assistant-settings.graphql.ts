import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AssistantSettings, AssistantSettingsInput, AssistantUsage, ConnectionTest } from './assistant-settings.models';

const SETTINGS_FIELDS = gql`
  fragment AssistantSettingsFields on AssistantSettings {
    persona
    tone
    greeting
    offTopicReply
    languages
    provider
    baseUrl
    model
    hasApiKey
    handoffOnNegativeSentiment
    handoffSentimentThreshold
    handoffAfterUnresolvedTurns
    handoffKeywords
    visitorMessagesPerDay
    tenantMessagesPerDay
    dailyTokenBudget
  }
`;

export const ASSISTANT_SETTINGS: TypedDocumentNode<{ readonly assistantSettings: AssistantSettings; readonly assistantUsage: AssistantUsage }, Record<string, never>> = gql`
  query AssistantSettings {
    assistantSettings {
      ...AssistantSettingsFields
    }
    assistantUsage(days: 1) {
      turns
      promptTokens
      completionTokens
      blocked
      fallbacks
    }
  }
  ${SETTINGS_FIELDS}
`;

export const UPDATE_ASSISTANT_SETTINGS: TypedDocumentNode<{ readonly updateAssistantSettings: AssistantSettings }, { readonly input: AssistantSettingsInput }> = gql`
  mutation UpdateAssistantSettings($input: AssistantSettingsInput!) {
    updateAssistantSettings(input: $input) {
      ...AssistantSettingsFields
    }
  }
  ${SETTINGS_FIELDS}
`;

/** Tries the saved settings, not the form's unsaved ones. */
export const TEST_ASSISTANT_CONNECTION: TypedDocumentNode<{ readonly testAssistantConnection: ConnectionTest }, Record<string, never>> = gql`
  mutation TestAssistantConnection {
    testAssistantConnection {
      ok
      provider
      latencyMs
      message
    }
  }
`;
