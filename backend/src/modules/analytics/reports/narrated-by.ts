/** Who wrote a report's narrative: the configured language model (its numbers checked) or the template. */
export type NarratedBy = 'model' | 'template';
