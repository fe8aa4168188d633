/**
 * End-to-end tests of the web workbench: the real server over an embedded store holding
 * hand-built reports, the built UI, and Debian's Chromium driven by Playwright.
 */
@NullMarked
package org.triangulate.e2e;

import org.jspecify.annotations.NullMarked;
