/**
 * Notice 工信部联规〔2024〕122号 itself: its identity, its issuing bodies and addressees, and its
 * clause catalogue, the sentences every answer of this library cites.
 *
 * <pre>{@code
 * Notice notice = Notice.instance();
 * notice.number();                          // "工信部联规〔2024〕122号"
 * Clause labourFee = Clause.parse("3.3.3"); // the labour-fee rule
 * labourFee.original();                     // the sentence exactly as the notice has it
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
@PolicyStyle
package io.github.rapolicy.notice;

import io.github.rapolicy.internal.PolicyStyle;
import org.jspecify.annotations.NullMarked;
