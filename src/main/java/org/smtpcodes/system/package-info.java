/**
 * What every feature shares: problem details for every error, the OpenAPI description,
 * and web setup.
 */
package org.smtpcodes.system;
