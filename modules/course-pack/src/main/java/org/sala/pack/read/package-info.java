/**
 * Reading and validating a pack. {@link org.sala.pack.read.PackReader} reads every file of a
 * {@link org.sala.pack.read.PackSource} and reports every problem at once, each at
 * {@code file:line:column}; a pack with an error is not built. Input is never trusted: YAML is only
 * composed into nodes (no objects are constructed from tags), paths cannot leave the pack and files
 * have a size limit.
 */
package org.sala.pack.read;
