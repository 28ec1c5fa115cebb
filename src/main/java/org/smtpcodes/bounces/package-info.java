/**
 * {@code POST /bounces}: whole bounce messages, read as a stream
 * ({@link org.smtpcodes.bounces.MessageReader}), recognised by their format
 * ({@link org.smtpcodes.bounces.Formats}: RFC 3464 delivery status notifications, RFC
 * 5965 feedback reports, automatic replies, the formats of MTAs and providers), every
 * recipient decided by the explain engine.
 */
package org.smtpcodes.bounces;
