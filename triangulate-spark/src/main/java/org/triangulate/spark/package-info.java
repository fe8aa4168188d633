/**
 * The scale-out shell: {@link org.triangulate.spark.ExtractJob} reads and extracts a corpus in
 * Spark executors and writes {@link org.triangulate.pipeline.Extracted} records as JSON lines;
 * {@link org.triangulate.spark.ExtractionLoader} saves them into the store and resolves once.
 * Spark types stay in this package; the stages are the pipeline's.
 */
@NullMarked
package org.triangulate.spark;

import org.jspecify.annotations.NullMarked;
