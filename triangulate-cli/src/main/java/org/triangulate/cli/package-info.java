/**
 * {@code bin/triangulate}: picocli commands over ingest, extraction and the store. Commands are
 * thin: they parse arguments, call the stages, and print.
 */
@NullMarked
package org.triangulate.cli;

import org.jspecify.annotations.NullMarked;
