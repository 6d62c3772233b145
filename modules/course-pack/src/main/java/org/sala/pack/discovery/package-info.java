/**
 * Finding packs: on the classpath (resource jars with {@code META-INF/sala/pack.yaml}) and in a
 * directory an institution configures. A broken pack is refused with its problems; the others load.
 */
package org.sala.pack.discovery;
