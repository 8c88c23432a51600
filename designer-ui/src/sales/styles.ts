/** Badges keep their whole word in narrow table columns (the words are longer in uk/ru/sk). */
export const unsqueezed = { minWidth: 'max-content' } as const;
