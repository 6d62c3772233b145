/**
 * Accounts and sign-in: registration with password rules, PBKDF2 password hashes, the identity store and
 * form authentication mechanism Jakarta Security uses, the first administrator from configuration, and
 * demo accounts for the embedded demo run only.
 */
package org.sala.web.account;
