/**
 * The {@code factdesk} command line (picocli): one class per verb, shared options as mixins.
 * Commands only build a config record, call a job in {@code pipeline} and print a summary; errors
 * map to {@link org.factdesk.cli.ExitCodes} in {@link org.factdesk.cli.ErrorHandler}.
 *
 * <p>Must not import {@code web}.
 */
package org.factdesk.cli;
