/**
 * What the interchange formats (GIFT, Moodle XML) share: a question with the category it was filed
 * under, and the results of reading and writing a file.
 */
package org.sala.pack.interchange;
