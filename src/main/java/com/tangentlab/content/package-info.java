/**
 * Content that cannot drift: the numbers a theory page names about its figures come from the
 * figures themselves, and the worked examples of exercise statements are recomputed with the
 * exercises' references.
 */
package com.tangentlab.content;
