/** Running stages over many documents: ordered parallel mapping, shared by the CLI, benchmarks and evaluators. */
package org.collate.pipeline;
