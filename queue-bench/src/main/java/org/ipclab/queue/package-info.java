/**
 * Interprocess channels and in-JVM queues: round trip, one-way throughput and fixed-rate latency.
 * The provider ({@code QueueCases}) and the summary live here; each subpackage is one building block.
 *
 * <p>Glossary:
 * <ul>
 * <li><b>Channel</b> ({@code channel}): one end of a message channel, send and receive of fixed-size messages.</li>
 * <li><b>Wait</b> ({@code channel}): how a polling end idles ({@code wait=spin|yield|park}), one of Agrona's idle strategies.</li>
 * <li><b>Waiter</b> ({@code channel}): a Wait plus the case's Watchdog, checked every so many idles.</li>
 * <li><b>Watchdog</b> ({@code channel}): the case's deadline and first failure, which every wait consults.</li>
 * <li><b>Transport</b> ({@code transport}): a kind of channel ({@code transport=}): its limits and how both
 *     ends are made, by a {@code ProcessTransport} class (parent and peer JVM) or a {@code ThreadTransport}.</li>
 * <li><b>Transports</b> ({@code transport}): the registry, the one place a channel is added and ordered.</li>
 * <li><b>ChannelKnobs</b> ({@code link}): what a case runs with, checked once; its params, and the peer's argument.</li>
 * <li><b>Link</b> ({@code link}): a case's channel with a responder at the far end (peer JVM, thread, peer host),
 *     which it starts, watches and always stops.</li>
 * <li><b>ResponderRole</b> ({@code link}): the peer JVM's role: opens its end and runs the Responder.</li>
 * <li><b>Responder</b> ({@code rig}): the far end's loop: verify each message, echo those asked, stop at STOP.</li>
 * <li><b>Session</b> and the <b>rigs</b> ({@code rig}): the measuring end: numbered, verified messages, timed
 *     as round trips, a stream or at a fixed rate.</li>
 * </ul>
 * Peer, PeerLauncher, PeerMain and PeerRole are lab-core's: how any module starts and talks to a peer JVM.
 */
package org.ipclab.queue;
