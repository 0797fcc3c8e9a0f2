/**
 * The role the service connects as. It owns nothing, has no BYPASSRLS, and is granted only
 * what the migrations grant it, so row-level security always applies to it.
 */
export const APP_ROLE = 'revenues_app';
