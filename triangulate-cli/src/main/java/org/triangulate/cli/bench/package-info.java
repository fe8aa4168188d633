/**
 * The throughput benchmark behind {@code triangulate bench}: the document set, the timed passes
 * and the report. A benchmark, never a test: its figures belong to the machine that ran it, so
 * everything it prints names the cores, the JVM, the tokens and the documents.
 */
@NullMarked
package org.triangulate.cli.bench;

import org.jspecify.annotations.NullMarked;
