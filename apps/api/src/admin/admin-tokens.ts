/** Injection tokens for the admin UI's settings. */
export const ADMIN_CONFIG = Symbol('AdminConfig');
export const ADMIN_AUTH_SETTINGS = Symbol('AdminAuthSettings');
