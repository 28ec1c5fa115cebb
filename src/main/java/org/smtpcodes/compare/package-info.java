/**
 * {@code GET /compare}: how two codes differ, derived from their facts, with the
 * catalogue's hand-written notes for the pairs people confuse.
 */
package org.smtpcodes.compare;
