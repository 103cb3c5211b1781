/**
 * Names of the app's fixed values in the page's language. Each map reads its message when a label
 * is asked for (a getter), so that code written as `strengthLabel[s]` names the value in the
 * language of the page it runs on.
 */
import type { EvidenceType } from '../domain/evidence';
import type { NetworkKind } from '../domain/networks';
import type { Strength } from '../domain/strength';
import type { TopicVocabulary } from '../domain/topics';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/translate';

function labels<K extends string>(keys: Record<K, MessageKey>): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const k of Object.keys(keys) as K[]) Object.defineProperty(out, k, { get: () => t(keys[k]), enumerable: true });
	return out;
}

const strengthKeys: Record<Strength, MessageKey> = {
	direct: 'strength.direct',
	indirect: 'strength.indirect',
	potential: 'strength.potential',
	'scored-2': 'strength.scored2',
	'scored-1': 'strength.scored1'
};
// A strength added to the scale without a message fails the type check of strengthKeys.
export const strengthLabel: Record<Strength, string> = labels(strengthKeys);

export const vocabularyLabel: Record<TopicVocabulary | 'other', string> = labels({
	curated: 'topics.vocabulary.curated',
	'jrc-field': 'topics.vocabulary.jrc',
	other: 'topics.vocabulary.other'
});

/** What a link's evidence is called ("Custodian agency"), and what it means, as the methodology explains it. */
export const evidenceTypeLabel: Record<EvidenceType, string> = labels({
	custodian: 'evidenceType.custodian',
	official: 'evidenceType.official',
	'peer-reviewed': 'evidenceType.peerReviewed',
	project: 'evidenceType.project',
	inference: 'evidenceType.inference',
	suggested: 'evidenceType.suggested'
});
export const evidenceTypeDescription: Record<EvidenceType, string> = labels({
	custodian: 'evidenceType.custodian.description',
	official: 'evidenceType.official.description',
	'peer-reviewed': 'evidenceType.peerReviewed.description',
	project: 'evidenceType.project.description',
	inference: 'evidenceType.inference.description',
	suggested: 'evidenceType.suggested.description'
});

/** A network's kind in a sentence or a cell ("regional association"), and a heading for several ("Regional associations"). */
export const networkKindLabel: Record<NetworkKind, string> = labels({
	'global network': 'networkList.kind.global',
	'regional association': 'networkList.kind.regional',
	'national network': 'networkList.kind.national',
	'thematic consortium': 'networkList.kind.thematic',
	platform: 'networkList.kind.platform'
});
export const networkKindPluralLabel: Record<NetworkKind, string> = labels({
	'global network': 'networkList.kinds.global',
	'regional association': 'networkList.kinds.regional',
	'national network': 'networkList.kinds.national',
	'thematic consortium': 'networkList.kinds.thematic',
	platform: 'networkList.kinds.platform'
});

/** The published datasets by name, in the page's language (their published titles are English). */
export const publishedDatasetName = {
	get curated() {
		return t('datasets.name.curated');
	},
	get jrc() {
		return t('datasets.name.jrc');
	}
};
/** An import by its title, said to be one. */
export const importedDatasetName = (title: string) => t('datasets.name.imported', { title });
