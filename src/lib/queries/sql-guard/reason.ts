/**
 * Why the console's guard refused a statement, as a message and its values, worded in the page's
 * language where it is shown (the SQL it quotes stays as written). `effect` names what the refused
 * word or function does, itself a message.
 */
import type { MessageKey } from '../../i18n/translate';
import { t } from '../../i18n/i18n';

export interface GuardReason {
	key: MessageKey;
	values?: Record<string, string>;
	effect?: MessageKey;
}

/** The reason in the page's language. */
export const wordGuardReason = (reason: GuardReason): string => t(reason.key, { ...reason.values, ...(reason.effect ? { effect: t(reason.effect) } : {}) });
