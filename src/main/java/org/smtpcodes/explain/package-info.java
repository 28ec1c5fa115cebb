/**
 * {@code POST /explain}: a raw reply or a bounce's diagnostic line in; the codes found in
 * it, what they mean, hard or soft bounce, reason class and next action out. Client text
 * is scanned by hand or matched with RE2/J, so that every step is linear in the input.
 * The bounce rules that decide the reason are data of the catalogue's files, loaded and
 * checked at startup by {@code BounceRulesLoader}.
 */
package org.smtpcodes.explain;
