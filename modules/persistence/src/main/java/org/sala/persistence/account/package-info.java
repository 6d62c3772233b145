/**
 * Accounts: who may sign in, with which roles. Passwords never reach this package in clear: the web layer
 * hashes them (PBKDF2) and this package stores and returns the hash.
 */
package org.sala.persistence.account;
