/**
 * The policy SDK's version. A plugin names the major version it was written for; the core runs
 * plugins of its own major only, so a breaking change to these interfaces (a new major) stops an
 * old plugin loudly at start-up instead of silently mis-billing. Minor versions only add optional
 * decisions and facts.
 */
export const POLICY_SDK_VERSION = { major: 1, minor: 1 } as const;
