/**
 * The features that can be switched, with their value when nobody set one. A flag is added
 * here together with the code that reads it; unknown keys are refused.
 */
export const FEATURE_FLAGS: Readonly<Record<string, { description: string; default: boolean }>> = {
  assistant: {
    description: 'The AI assistant in the tenant dashboard (its button and panel).',
    default: true,
  },
};

export const GLOBAL_SCOPE = 'global';
