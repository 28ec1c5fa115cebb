/**
 * The catalogue of SMTP reply codes and enhanced status codes: its model, the loader that
 * reads and validates the YAML files at startup, and the {@code /codes} endpoints.
 */
package org.smtpcodes.codes;
