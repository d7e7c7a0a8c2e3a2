/**
 * The result files' schema, written and read by the same types so the two sides cannot drift apart:
 * {@link org.ipclab.core.schema.RunRecord} is run.json (its cases and forks are records, its nested objects
 * {@link org.ipclab.core.schema.RunConfig}, {@link org.ipclab.core.schema.MachineEnvironment} with its
 * {@link org.ipclab.core.schema.JvmInfo} and {@link org.ipclab.core.schema.PeerHost},
 * {@link org.ipclab.core.schema.GitCommit}, {@link org.ipclab.core.schema.Calibration},
 * {@link org.ipclab.core.schema.ForkPlacement}, {@link org.ipclab.core.schema.Interference},
 * {@link org.ipclab.core.schema.SteadyFacts}, {@link org.ipclab.core.schema.ConcurrentRun}),
 * {@link org.ipclab.core.schema.SummaryCsv} is summary.csv, and a row's
 * {@link org.ipclab.core.schema.Unit} and {@link org.ipclab.core.schema.RowStatus} are written as the words
 * both files have always held. A field whose JSON null and absence differ is held as
 * {@link org.ipclab.core.schema.NullOrAbsent}. {@link org.ipclab.core.schema.CaseOutcome} is what a case JVM
 * hands the runner.
 */
package org.ipclab.core.schema;
