/**
 * {@code POST /mail-log}: a mail server's log read as a stream
 * ({@link org.smtpcodes.maillog.LogLines}), each line's syslog prefix taken off
 * ({@link org.smtpcodes.maillog.LogLine}), the delivery attempts of Postfix, Exim,
 * Sendmail and OpenSMTPD read from it ({@link org.smtpcodes.maillog.ServerLog}, one
 * reader per server), each failure decided by the explain engine, and the whole counted
 * and grouped ({@link org.smtpcodes.maillog.Tally}).
 */
package org.smtpcodes.maillog;
