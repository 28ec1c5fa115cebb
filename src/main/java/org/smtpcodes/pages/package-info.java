/**
 * Pages for people: the same URLs as the API answer HTML to a request that prefers it (a
 * browser's {@code Accept}), in the request's language, with a home page whose box
 * explains a pasted reply or bounce, and errors as pages with the words of their problem
 * details. The pages read the other features' answers; nothing reads the pages.
 */
package org.smtpcodes.pages;
