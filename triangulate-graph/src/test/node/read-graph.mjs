// Loads a GEXF or GraphML file with graphology's own readers and prints what they read as JSON:
// {order, size, nodes: [{key, attributes}], edges: [{key, source, target, attributes}]}.
// Usage: node read-graph.mjs gexf|graphml FILE. Run by the export tests (GraphExportIT).
import { readFileSync } from 'node:fs';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';

const [format, file] = process.argv.slice(2);
const parser = { gexf, graphml }[format];
if (!parser || !file) {
  console.error('usage: node read-graph.mjs gexf|graphml FILE');
  process.exit(2);
}
// A multigraph: two groups may be linked by several predicates. An edge to a node the file
// does not declare is an error (addMissingNodes is off by default).
// GEXF declares its one dynamic edge attribute (gradeOverTime) in a block before the static
// ones; graphology-gexf keeps only the last block of a class, so the dynamic values are let
// pass as undeclared strings. GraphExportIT checks every attvalue is declared by parsing the file.
const options = format === 'gexf' ? { allowUndeclaredAttributes: true } : {};
const graph = parser.parse(graphology.MultiGraph, readFileSync(file, 'utf8'), options);
const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
const edges = graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes }));
process.stdout.write(JSON.stringify({ order: graph.order, size: graph.size, nodes, edges }));
