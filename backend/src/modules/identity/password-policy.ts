/** ASVS 2.1.1/2.1.2: at least 12 characters, long passphrases allowed. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
